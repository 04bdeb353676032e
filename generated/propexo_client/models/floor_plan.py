from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, conform_list, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor

if TYPE_CHECKING:
    from ..models.custom_data_type_0 import CustomDataType0


T = TypeVar("T", bound="FloorPlan")


@_attrs_define
class FloorPlan:
    """
    Attributes:
        bathrooms (None | str):
        bathrooms_full (int | None): At least 0.
        bathrooms_half (int | None): At least 0.
        bedrooms (int | None): At least 0.
        code (None | str):
        created_at (str):
        custom_data (CustomDataType0 | None):
        deposit_amount_in_cents (float | None):
        deposit_amount_max_in_cents (float | None):
        deposit_amount_max_raw (None | str):
        deposit_amount_min_in_cents (float | None):
        deposit_amount_min_raw (None | str):
        deposit_amount_raw (None | str):
        description (None | str):
        gross_square_feet (int | None): At least 0.
        id (str):
        image_urls (list[str]):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        last_seen (None | str):
        marketing_name (None | str):
        max_occupants (int | None): At least 0.
        name (str):
        property_id (str):
        rent_maximum_in_cents (float | None):
        rent_minimum_in_cents (float | None):
        rentable_square_feet (int | None): At least 0.
        unit_count (int | None): At least 0.
        updated_at (str):
        x_id (str):
        x_location_id (None | str):
        x_property_id (str):
    """

    bathrooms: None | str
    bathrooms_full: int | None
    bathrooms_half: int | None
    bedrooms: int | None
    code: None | str
    created_at: str
    custom_data: CustomDataType0 | None
    deposit_amount_in_cents: float | None
    deposit_amount_max_in_cents: float | None
    deposit_amount_max_raw: None | str
    deposit_amount_min_in_cents: float | None
    deposit_amount_min_raw: None | str
    deposit_amount_raw: None | str
    description: None | str
    gross_square_feet: int | None
    id: str
    image_urls: list[str]
    integration_id: str
    integration_vendor: IntegrationVendor
    last_seen: None | str
    marketing_name: None | str
    max_occupants: int | None
    name: str
    property_id: str
    rent_maximum_in_cents: float | None
    rent_minimum_in_cents: float | None
    rentable_square_feet: int | None
    unit_count: int | None
    updated_at: str
    x_id: str
    x_location_id: None | str
    x_property_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        bathrooms: None | str
        bathrooms = self.bathrooms

        bathrooms_full: int | None
        bathrooms_full = self.bathrooms_full

        bathrooms_half: int | None
        bathrooms_half = self.bathrooms_half

        bedrooms: int | None
        bedrooms = self.bedrooms

        code: None | str
        code = self.code

        created_at = self.created_at

        custom_data: dict[str, Any] | None
        if isinstance(self.custom_data, CustomDataType0):
            custom_data = self.custom_data.to_dict()
        else:
            custom_data = self.custom_data

        deposit_amount_in_cents: float | None
        deposit_amount_in_cents = self.deposit_amount_in_cents

        deposit_amount_max_in_cents: float | None
        deposit_amount_max_in_cents = self.deposit_amount_max_in_cents

        deposit_amount_max_raw: None | str
        deposit_amount_max_raw = self.deposit_amount_max_raw

        deposit_amount_min_in_cents: float | None
        deposit_amount_min_in_cents = self.deposit_amount_min_in_cents

        deposit_amount_min_raw: None | str
        deposit_amount_min_raw = self.deposit_amount_min_raw

        deposit_amount_raw: None | str
        deposit_amount_raw = self.deposit_amount_raw

        description: None | str
        description = self.description

        gross_square_feet: int | None
        gross_square_feet = self.gross_square_feet

        id = self.id

        image_urls = self.image_urls

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        last_seen: None | str
        last_seen = self.last_seen

        marketing_name: None | str
        marketing_name = self.marketing_name

        max_occupants: int | None
        max_occupants = self.max_occupants

        name = self.name

        property_id = self.property_id

        rent_maximum_in_cents: float | None
        rent_maximum_in_cents = self.rent_maximum_in_cents

        rent_minimum_in_cents: float | None
        rent_minimum_in_cents = self.rent_minimum_in_cents

        rentable_square_feet: int | None
        rentable_square_feet = self.rentable_square_feet

        unit_count: int | None
        unit_count = self.unit_count

        updated_at = self.updated_at

        x_id = self.x_id

        x_location_id: None | str
        x_location_id = self.x_location_id

        x_property_id = self.x_property_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bathrooms": bathrooms,
                "bathrooms_full": bathrooms_full,
                "bathrooms_half": bathrooms_half,
                "bedrooms": bedrooms,
                "code": code,
                "created_at": created_at,
                "custom_data": custom_data,
                "deposit_amount_in_cents": deposit_amount_in_cents,
                "deposit_amount_max_in_cents": deposit_amount_max_in_cents,
                "deposit_amount_max_raw": deposit_amount_max_raw,
                "deposit_amount_min_in_cents": deposit_amount_min_in_cents,
                "deposit_amount_min_raw": deposit_amount_min_raw,
                "deposit_amount_raw": deposit_amount_raw,
                "description": description,
                "gross_square_feet": gross_square_feet,
                "id": id,
                "image_urls": image_urls,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "last_seen": last_seen,
                "marketing_name": marketing_name,
                "max_occupants": max_occupants,
                "name": name,
                "property_id": property_id,
                "rent_maximum_in_cents": rent_maximum_in_cents,
                "rent_minimum_in_cents": rent_minimum_in_cents,
                "rentable_square_feet": rentable_square_feet,
                "unit_count": unit_count,
                "updated_at": updated_at,
                "x_id": x_id,
                "x_location_id": x_location_id,
                "x_property_id": x_property_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "bathrooms"

            def _parse_bathrooms(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            bathrooms = _parse_bathrooms(pop_required(d, "bathrooms", "FloorPlan"))

            _field = "bathrooms_full"

            def _parse_bathrooms_full(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            bathrooms_full = _parse_bathrooms_full(pop_required(d, "bathrooms_full", "FloorPlan"))

            _field = "bathrooms_half"

            def _parse_bathrooms_half(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            bathrooms_half = _parse_bathrooms_half(pop_required(d, "bathrooms_half", "FloorPlan"))

            _field = "bedrooms"

            def _parse_bedrooms(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            bedrooms = _parse_bedrooms(pop_required(d, "bedrooms", "FloorPlan"))

            _field = "code"

            def _parse_code(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            code = _parse_code(pop_required(d, "code", "FloorPlan"))

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "FloorPlan"), "str")

            _field = "custom_data"

            def _parse_custom_data(data: object) -> CustomDataType0 | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_custom_data_type_0 = CustomDataType0.from_dict(data)

                    return componentsschemas_custom_data_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CustomDataType0 | None, conform(data))

            custom_data = _parse_custom_data(pop_required(d, "custom_data", "FloorPlan"))

            _field = "deposit_amount_in_cents"

            def _parse_deposit_amount_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            deposit_amount_in_cents = _parse_deposit_amount_in_cents(
                pop_required(d, "deposit_amount_in_cents", "FloorPlan")
            )

            _field = "deposit_amount_max_in_cents"

            def _parse_deposit_amount_max_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            deposit_amount_max_in_cents = _parse_deposit_amount_max_in_cents(
                pop_required(d, "deposit_amount_max_in_cents", "FloorPlan")
            )

            _field = "deposit_amount_max_raw"

            def _parse_deposit_amount_max_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            deposit_amount_max_raw = _parse_deposit_amount_max_raw(
                pop_required(d, "deposit_amount_max_raw", "FloorPlan")
            )

            _field = "deposit_amount_min_in_cents"

            def _parse_deposit_amount_min_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            deposit_amount_min_in_cents = _parse_deposit_amount_min_in_cents(
                pop_required(d, "deposit_amount_min_in_cents", "FloorPlan")
            )

            _field = "deposit_amount_min_raw"

            def _parse_deposit_amount_min_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            deposit_amount_min_raw = _parse_deposit_amount_min_raw(
                pop_required(d, "deposit_amount_min_raw", "FloorPlan")
            )

            _field = "deposit_amount_raw"

            def _parse_deposit_amount_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            deposit_amount_raw = _parse_deposit_amount_raw(pop_required(d, "deposit_amount_raw", "FloorPlan"))

            _field = "description"

            def _parse_description(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            description = _parse_description(pop_required(d, "description", "FloorPlan"))

            _field = "gross_square_feet"

            def _parse_gross_square_feet(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            gross_square_feet = _parse_gross_square_feet(pop_required(d, "gross_square_feet", "FloorPlan"))

            _field = "id"
            id = conform(pop_required(d, "id", "FloorPlan"), "str")

            _field = "image_urls"
            image_urls = cast(list[str], conform_list(pop_required(d, "image_urls", "FloorPlan"), "str"))

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "FloorPlan"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "FloorPlan"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "FloorPlan"))

            _field = "marketing_name"

            def _parse_marketing_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            marketing_name = _parse_marketing_name(pop_required(d, "marketing_name", "FloorPlan"))

            _field = "max_occupants"

            def _parse_max_occupants(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            max_occupants = _parse_max_occupants(pop_required(d, "max_occupants", "FloorPlan"))

            _field = "name"
            name = conform(pop_required(d, "name", "FloorPlan"), "str")

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "FloorPlan"), "str")

            _field = "rent_maximum_in_cents"

            def _parse_rent_maximum_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            rent_maximum_in_cents = _parse_rent_maximum_in_cents(pop_required(d, "rent_maximum_in_cents", "FloorPlan"))

            _field = "rent_minimum_in_cents"

            def _parse_rent_minimum_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            rent_minimum_in_cents = _parse_rent_minimum_in_cents(pop_required(d, "rent_minimum_in_cents", "FloorPlan"))

            _field = "rentable_square_feet"

            def _parse_rentable_square_feet(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            rentable_square_feet = _parse_rentable_square_feet(pop_required(d, "rentable_square_feet", "FloorPlan"))

            _field = "unit_count"

            def _parse_unit_count(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            unit_count = _parse_unit_count(pop_required(d, "unit_count", "FloorPlan"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "FloorPlan"), "str")

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "FloorPlan"), "str")

            _field = "x_location_id"

            def _parse_x_location_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_location_id = _parse_x_location_id(pop_required(d, "x_location_id", "FloorPlan"))

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "FloorPlan"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "FloorPlan", _field) from _failure
        _instance = cls(
            bathrooms=bathrooms,
            bathrooms_full=bathrooms_full,
            bathrooms_half=bathrooms_half,
            bedrooms=bedrooms,
            code=code,
            created_at=created_at,
            custom_data=custom_data,
            deposit_amount_in_cents=deposit_amount_in_cents,
            deposit_amount_max_in_cents=deposit_amount_max_in_cents,
            deposit_amount_max_raw=deposit_amount_max_raw,
            deposit_amount_min_in_cents=deposit_amount_min_in_cents,
            deposit_amount_min_raw=deposit_amount_min_raw,
            deposit_amount_raw=deposit_amount_raw,
            description=description,
            gross_square_feet=gross_square_feet,
            id=id,
            image_urls=image_urls,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            last_seen=last_seen,
            marketing_name=marketing_name,
            max_occupants=max_occupants,
            name=name,
            property_id=property_id,
            rent_maximum_in_cents=rent_maximum_in_cents,
            rent_minimum_in_cents=rent_minimum_in_cents,
            rentable_square_feet=rentable_square_feet,
            unit_count=unit_count,
            updated_at=updated_at,
            x_id=x_id,
            x_location_id=x_location_id,
            x_property_id=x_property_id,
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
