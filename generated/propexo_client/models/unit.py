from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor

if TYPE_CHECKING:
    from ..models.custom_data_type_0 import CustomDataType0


T = TypeVar("T", bound="Unit")


@_attrs_define
class Unit:
    """
    Attributes:
        address_1 (None | str):
        address_2 (None | str):
        bathrooms (None | str):
        bathrooms_full (float | None):
        bathrooms_half (float | None):
        bedrooms (None | str):
        building_name (None | str):
        building_number (None | str):
        cats_allowed (bool | None):
        city (None | str):
        country (None | str):
        created_at (str):
        custom_data (CustomDataType0 | None):
        dogs_allowed (bool | None):
        floor (None | str):
        floor_plan_code (None | str):
        floor_plan_id (None | str):
        floor_plan_name (None | str):
        id (str):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        is_available (bool | None):
        is_furnished (bool | None):
        is_listed (bool | None): Deprecated.
        is_vacant (bool | None):
        last_seen (None | str):
        number (None | str):
        pet_policy (None | str):
        pets_allowed (bool | None):
        property_id (str):
        rent_amount_market_in_cents (float | None):
        rent_amount_max_in_cents (float | None):
        rent_amount_min_in_cents (float | None):
        square_feet (int | None): At least 0.
        state (None | str):
        street_address_1 (None | str): Deprecated.
        street_address_2 (None | str): Deprecated.
        unit_type_id (None | str):
        updated_at (str):
        x_floor_plan_id (None | str):
        x_id (str):
        x_property_id (str):
        x_unit_type_id (None | str):
        zip_ (None | str):
    """

    address_1: None | str
    address_2: None | str
    bathrooms: None | str
    bathrooms_full: float | None
    bathrooms_half: float | None
    bedrooms: None | str
    building_name: None | str
    building_number: None | str
    cats_allowed: bool | None
    city: None | str
    country: None | str
    created_at: str
    custom_data: CustomDataType0 | None
    dogs_allowed: bool | None
    floor: None | str
    floor_plan_code: None | str
    floor_plan_id: None | str
    floor_plan_name: None | str
    id: str
    integration_id: str
    integration_vendor: IntegrationVendor
    is_available: bool | None
    is_furnished: bool | None
    is_listed: bool | None
    is_vacant: bool | None
    last_seen: None | str
    number: None | str
    pet_policy: None | str
    pets_allowed: bool | None
    property_id: str
    rent_amount_market_in_cents: float | None
    rent_amount_max_in_cents: float | None
    rent_amount_min_in_cents: float | None
    square_feet: int | None
    state: None | str
    street_address_1: None | str
    street_address_2: None | str
    unit_type_id: None | str
    updated_at: str
    x_floor_plan_id: None | str
    x_id: str
    x_property_id: str
    x_unit_type_id: None | str
    zip_: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        address_1: None | str
        address_1 = self.address_1

        address_2: None | str
        address_2 = self.address_2

        bathrooms: None | str
        bathrooms = self.bathrooms

        bathrooms_full: float | None
        bathrooms_full = self.bathrooms_full

        bathrooms_half: float | None
        bathrooms_half = self.bathrooms_half

        bedrooms: None | str
        bedrooms = self.bedrooms

        building_name: None | str
        building_name = self.building_name

        building_number: None | str
        building_number = self.building_number

        cats_allowed: bool | None
        cats_allowed = self.cats_allowed

        city: None | str
        city = self.city

        country: None | str
        country = self.country

        created_at = self.created_at

        custom_data: dict[str, Any] | None
        if isinstance(self.custom_data, CustomDataType0):
            custom_data = self.custom_data.to_dict()
        else:
            custom_data = self.custom_data

        dogs_allowed: bool | None
        dogs_allowed = self.dogs_allowed

        floor: None | str
        floor = self.floor

        floor_plan_code: None | str
        floor_plan_code = self.floor_plan_code

        floor_plan_id: None | str
        floor_plan_id = self.floor_plan_id

        floor_plan_name: None | str
        floor_plan_name = self.floor_plan_name

        id = self.id

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        is_available: bool | None
        is_available = self.is_available

        is_furnished: bool | None
        is_furnished = self.is_furnished

        is_listed: bool | None
        is_listed = self.is_listed

        is_vacant: bool | None
        is_vacant = self.is_vacant

        last_seen: None | str
        last_seen = self.last_seen

        number: None | str
        number = self.number

        pet_policy: None | str
        pet_policy = self.pet_policy

        pets_allowed: bool | None
        pets_allowed = self.pets_allowed

        property_id = self.property_id

        rent_amount_market_in_cents: float | None
        rent_amount_market_in_cents = self.rent_amount_market_in_cents

        rent_amount_max_in_cents: float | None
        rent_amount_max_in_cents = self.rent_amount_max_in_cents

        rent_amount_min_in_cents: float | None
        rent_amount_min_in_cents = self.rent_amount_min_in_cents

        square_feet: int | None
        square_feet = self.square_feet

        state: None | str
        state = self.state

        street_address_1: None | str
        street_address_1 = self.street_address_1

        street_address_2: None | str
        street_address_2 = self.street_address_2

        unit_type_id: None | str
        unit_type_id = self.unit_type_id

        updated_at = self.updated_at

        x_floor_plan_id: None | str
        x_floor_plan_id = self.x_floor_plan_id

        x_id = self.x_id

        x_property_id = self.x_property_id

        x_unit_type_id: None | str
        x_unit_type_id = self.x_unit_type_id

        zip_: None | str
        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address_1": address_1,
                "address_2": address_2,
                "bathrooms": bathrooms,
                "bathrooms_full": bathrooms_full,
                "bathrooms_half": bathrooms_half,
                "bedrooms": bedrooms,
                "building_name": building_name,
                "building_number": building_number,
                "cats_allowed": cats_allowed,
                "city": city,
                "country": country,
                "created_at": created_at,
                "custom_data": custom_data,
                "dogs_allowed": dogs_allowed,
                "floor": floor,
                "floor_plan_code": floor_plan_code,
                "floor_plan_id": floor_plan_id,
                "floor_plan_name": floor_plan_name,
                "id": id,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "is_available": is_available,
                "is_furnished": is_furnished,
                "is_listed": is_listed,
                "is_vacant": is_vacant,
                "last_seen": last_seen,
                "number": number,
                "pet_policy": pet_policy,
                "pets_allowed": pets_allowed,
                "property_id": property_id,
                "rent_amount_market_in_cents": rent_amount_market_in_cents,
                "rent_amount_max_in_cents": rent_amount_max_in_cents,
                "rent_amount_min_in_cents": rent_amount_min_in_cents,
                "square_feet": square_feet,
                "state": state,
                "street_address_1": street_address_1,
                "street_address_2": street_address_2,
                "unit_type_id": unit_type_id,
                "updated_at": updated_at,
                "x_floor_plan_id": x_floor_plan_id,
                "x_id": x_id,
                "x_property_id": x_property_id,
                "x_unit_type_id": x_unit_type_id,
                "zip": zip_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "address_1"

            def _parse_address_1(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            address_1 = _parse_address_1(pop_required(d, "address_1", "Unit"))

            _field = "address_2"

            def _parse_address_2(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            address_2 = _parse_address_2(pop_required(d, "address_2", "Unit"))

            _field = "bathrooms"

            def _parse_bathrooms(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            bathrooms = _parse_bathrooms(pop_required(d, "bathrooms", "Unit"))

            _field = "bathrooms_full"

            def _parse_bathrooms_full(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            bathrooms_full = _parse_bathrooms_full(pop_required(d, "bathrooms_full", "Unit"))

            _field = "bathrooms_half"

            def _parse_bathrooms_half(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            bathrooms_half = _parse_bathrooms_half(pop_required(d, "bathrooms_half", "Unit"))

            _field = "bedrooms"

            def _parse_bedrooms(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            bedrooms = _parse_bedrooms(pop_required(d, "bedrooms", "Unit"))

            _field = "building_name"

            def _parse_building_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            building_name = _parse_building_name(pop_required(d, "building_name", "Unit"))

            _field = "building_number"

            def _parse_building_number(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            building_number = _parse_building_number(pop_required(d, "building_number", "Unit"))

            _field = "cats_allowed"

            def _parse_cats_allowed(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            cats_allowed = _parse_cats_allowed(pop_required(d, "cats_allowed", "Unit"))

            _field = "city"

            def _parse_city(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            city = _parse_city(pop_required(d, "city", "Unit"))

            _field = "country"

            def _parse_country(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            country = _parse_country(pop_required(d, "country", "Unit"))

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "Unit"), "str")

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

            custom_data = _parse_custom_data(pop_required(d, "custom_data", "Unit"))

            _field = "dogs_allowed"

            def _parse_dogs_allowed(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            dogs_allowed = _parse_dogs_allowed(pop_required(d, "dogs_allowed", "Unit"))

            _field = "floor"

            def _parse_floor(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            floor = _parse_floor(pop_required(d, "floor", "Unit"))

            _field = "floor_plan_code"

            def _parse_floor_plan_code(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            floor_plan_code = _parse_floor_plan_code(pop_required(d, "floor_plan_code", "Unit"))

            _field = "floor_plan_id"

            def _parse_floor_plan_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            floor_plan_id = _parse_floor_plan_id(pop_required(d, "floor_plan_id", "Unit"))

            _field = "floor_plan_name"

            def _parse_floor_plan_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            floor_plan_name = _parse_floor_plan_name(pop_required(d, "floor_plan_name", "Unit"))

            _field = "id"
            id = conform(pop_required(d, "id", "Unit"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "Unit"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "Unit"))

            _field = "is_available"

            def _parse_is_available(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_available = _parse_is_available(pop_required(d, "is_available", "Unit"))

            _field = "is_furnished"

            def _parse_is_furnished(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_furnished = _parse_is_furnished(pop_required(d, "is_furnished", "Unit"))

            _field = "is_listed"

            def _parse_is_listed(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_listed = _parse_is_listed(pop_required(d, "is_listed", "Unit"))

            _field = "is_vacant"

            def _parse_is_vacant(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_vacant = _parse_is_vacant(pop_required(d, "is_vacant", "Unit"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "Unit"))

            _field = "number"

            def _parse_number(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            number = _parse_number(pop_required(d, "number", "Unit"))

            _field = "pet_policy"

            def _parse_pet_policy(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            pet_policy = _parse_pet_policy(pop_required(d, "pet_policy", "Unit"))

            _field = "pets_allowed"

            def _parse_pets_allowed(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            pets_allowed = _parse_pets_allowed(pop_required(d, "pets_allowed", "Unit"))

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "Unit"), "str")

            _field = "rent_amount_market_in_cents"

            def _parse_rent_amount_market_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            rent_amount_market_in_cents = _parse_rent_amount_market_in_cents(
                pop_required(d, "rent_amount_market_in_cents", "Unit")
            )

            _field = "rent_amount_max_in_cents"

            def _parse_rent_amount_max_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            rent_amount_max_in_cents = _parse_rent_amount_max_in_cents(
                pop_required(d, "rent_amount_max_in_cents", "Unit")
            )

            _field = "rent_amount_min_in_cents"

            def _parse_rent_amount_min_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            rent_amount_min_in_cents = _parse_rent_amount_min_in_cents(
                pop_required(d, "rent_amount_min_in_cents", "Unit")
            )

            _field = "square_feet"

            def _parse_square_feet(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            square_feet = _parse_square_feet(pop_required(d, "square_feet", "Unit"))

            _field = "state"

            def _parse_state(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            state = _parse_state(pop_required(d, "state", "Unit"))

            _field = "street_address_1"

            def _parse_street_address_1(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            street_address_1 = _parse_street_address_1(pop_required(d, "street_address_1", "Unit"))

            _field = "street_address_2"

            def _parse_street_address_2(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            street_address_2 = _parse_street_address_2(pop_required(d, "street_address_2", "Unit"))

            _field = "unit_type_id"

            def _parse_unit_type_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            unit_type_id = _parse_unit_type_id(pop_required(d, "unit_type_id", "Unit"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "Unit"), "str")

            _field = "x_floor_plan_id"

            def _parse_x_floor_plan_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_floor_plan_id = _parse_x_floor_plan_id(pop_required(d, "x_floor_plan_id", "Unit"))

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "Unit"), "str")

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "Unit"), "str")

            _field = "x_unit_type_id"

            def _parse_x_unit_type_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_unit_type_id = _parse_x_unit_type_id(pop_required(d, "x_unit_type_id", "Unit"))

            _field = "zip"

            def _parse_zip_(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            zip_ = _parse_zip_(pop_required(d, "zip", "Unit"))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "Unit", _field) from _failure
        _instance = cls(
            address_1=address_1,
            address_2=address_2,
            bathrooms=bathrooms,
            bathrooms_full=bathrooms_full,
            bathrooms_half=bathrooms_half,
            bedrooms=bedrooms,
            building_name=building_name,
            building_number=building_number,
            cats_allowed=cats_allowed,
            city=city,
            country=country,
            created_at=created_at,
            custom_data=custom_data,
            dogs_allowed=dogs_allowed,
            floor=floor,
            floor_plan_code=floor_plan_code,
            floor_plan_id=floor_plan_id,
            floor_plan_name=floor_plan_name,
            id=id,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            is_available=is_available,
            is_furnished=is_furnished,
            is_listed=is_listed,
            is_vacant=is_vacant,
            last_seen=last_seen,
            number=number,
            pet_policy=pet_policy,
            pets_allowed=pets_allowed,
            property_id=property_id,
            rent_amount_market_in_cents=rent_amount_market_in_cents,
            rent_amount_max_in_cents=rent_amount_max_in_cents,
            rent_amount_min_in_cents=rent_amount_min_in_cents,
            square_feet=square_feet,
            state=state,
            street_address_1=street_address_1,
            street_address_2=street_address_2,
            unit_type_id=unit_type_id,
            updated_at=updated_at,
            x_floor_plan_id=x_floor_plan_id,
            x_id=x_id,
            x_property_id=x_property_id,
            x_unit_type_id=x_unit_type_id,
            zip_=zip_,
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
