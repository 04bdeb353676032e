from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor

T = TypeVar("T", bound="GetUnitTypeResponseResults")


@_attrs_define
class GetUnitTypeResponseResults:
    """
    Attributes:
        bathrooms (None | str):
        bathrooms_full (int | None): At least 0.
        bathrooms_half (int | None): At least 0.
        bedrooms (int | None): At least 0.
        created_at (str):
        deposit_amount_in_cents (float | None):
        deposit_amount_raw (None | str):
        gross_square_feet (int | None): At least 0.
        id (str):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        last_seen (None | str):
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
    created_at: str
    deposit_amount_in_cents: float | None
    deposit_amount_raw: None | str
    gross_square_feet: int | None
    id: str
    integration_id: str
    integration_vendor: IntegrationVendor
    last_seen: None | str
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
        bathrooms: None | str
        bathrooms = self.bathrooms

        bathrooms_full: int | None
        bathrooms_full = self.bathrooms_full

        bathrooms_half: int | None
        bathrooms_half = self.bathrooms_half

        bedrooms: int | None
        bedrooms = self.bedrooms

        created_at = self.created_at

        deposit_amount_in_cents: float | None
        deposit_amount_in_cents = self.deposit_amount_in_cents

        deposit_amount_raw: None | str
        deposit_amount_raw = self.deposit_amount_raw

        gross_square_feet: int | None
        gross_square_feet = self.gross_square_feet

        id = self.id

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        last_seen: None | str
        last_seen = self.last_seen

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
                "created_at": created_at,
                "deposit_amount_in_cents": deposit_amount_in_cents,
                "deposit_amount_raw": deposit_amount_raw,
                "gross_square_feet": gross_square_feet,
                "id": id,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "last_seen": last_seen,
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
        d = dict(src_dict)
        _field = ""
        try:
            _field = "bathrooms"

            def _parse_bathrooms(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            bathrooms = _parse_bathrooms(pop_required(d, "bathrooms", "GetUnitTypeResponseResults"))

            _field = "bathrooms_full"

            def _parse_bathrooms_full(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            bathrooms_full = _parse_bathrooms_full(pop_required(d, "bathrooms_full", "GetUnitTypeResponseResults"))

            _field = "bathrooms_half"

            def _parse_bathrooms_half(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            bathrooms_half = _parse_bathrooms_half(pop_required(d, "bathrooms_half", "GetUnitTypeResponseResults"))

            _field = "bedrooms"

            def _parse_bedrooms(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            bedrooms = _parse_bedrooms(pop_required(d, "bedrooms", "GetUnitTypeResponseResults"))

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "GetUnitTypeResponseResults"), "str")

            _field = "deposit_amount_in_cents"

            def _parse_deposit_amount_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            deposit_amount_in_cents = _parse_deposit_amount_in_cents(
                pop_required(d, "deposit_amount_in_cents", "GetUnitTypeResponseResults")
            )

            _field = "deposit_amount_raw"

            def _parse_deposit_amount_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            deposit_amount_raw = _parse_deposit_amount_raw(
                pop_required(d, "deposit_amount_raw", "GetUnitTypeResponseResults")
            )

            _field = "gross_square_feet"

            def _parse_gross_square_feet(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            gross_square_feet = _parse_gross_square_feet(
                pop_required(d, "gross_square_feet", "GetUnitTypeResponseResults")
            )

            _field = "id"
            id = conform(pop_required(d, "id", "GetUnitTypeResponseResults"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "GetUnitTypeResponseResults"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(
                pop_required(d, "integration_vendor", "GetUnitTypeResponseResults")
            )

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "GetUnitTypeResponseResults"))

            _field = "name"
            name = conform(pop_required(d, "name", "GetUnitTypeResponseResults"), "str")

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "GetUnitTypeResponseResults"), "str")

            _field = "rent_maximum_in_cents"

            def _parse_rent_maximum_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            rent_maximum_in_cents = _parse_rent_maximum_in_cents(
                pop_required(d, "rent_maximum_in_cents", "GetUnitTypeResponseResults")
            )

            _field = "rent_minimum_in_cents"

            def _parse_rent_minimum_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            rent_minimum_in_cents = _parse_rent_minimum_in_cents(
                pop_required(d, "rent_minimum_in_cents", "GetUnitTypeResponseResults")
            )

            _field = "rentable_square_feet"

            def _parse_rentable_square_feet(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            rentable_square_feet = _parse_rentable_square_feet(
                pop_required(d, "rentable_square_feet", "GetUnitTypeResponseResults")
            )

            _field = "unit_count"

            def _parse_unit_count(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            unit_count = _parse_unit_count(pop_required(d, "unit_count", "GetUnitTypeResponseResults"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "GetUnitTypeResponseResults"), "str")

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "GetUnitTypeResponseResults"), "str")

            _field = "x_location_id"

            def _parse_x_location_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_location_id = _parse_x_location_id(pop_required(d, "x_location_id", "GetUnitTypeResponseResults"))

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "GetUnitTypeResponseResults"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "GetUnitTypeResponseResults", _field) from _failure
        _instance = cls(
            bathrooms=bathrooms,
            bathrooms_full=bathrooms_full,
            bathrooms_half=bathrooms_half,
            bedrooms=bedrooms,
            created_at=created_at,
            deposit_amount_in_cents=deposit_amount_in_cents,
            deposit_amount_raw=deposit_amount_raw,
            gross_square_feet=gross_square_feet,
            id=id,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            last_seen=last_seen,
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
