from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor

T = TypeVar("T", bound="GetUnitDetailResponseResults")


@_attrs_define
class GetUnitDetailResponseResults:
    """
    Attributes:
        accessible_hearing (bool | None):
        accessible_mobility (bool | None):
        accessible_vision (bool | None):
        address_1 (None | str):
        address_2 (None | str):
        available_date (None | str):
        base_rent_in_cents (float | None):
        building_number (None | str):
        city (None | str):
        country (None | str):
        created_at (str):
        description (None | str):
        floor_plan_market_rent_in_cents (float | None):
        floor_plan_name (None | str):
        gross_square_feet (int): At least 0.
        id (str):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        is_available (bool | None):
        is_reserved (bool | None):
        is_vacant (bool | None):
        last_seen (None | str):
        made_ready_date (None | str):
        make_ready_date (None | str):
        maximum_potential_lease_term (None | str):
        minimum_potential_lease_term (None | str):
        notes (None | str):
        property_id (str):
        rentable_square_feet (int): At least 0.
        reserved_until_date (None | str):
        state (None | str):
        unit_market_rent_in_cents (float | None):
        unit_number (None | str):
        updated_at (str):
        x_building_id (None | str):
        x_floor_plan_id (None | str):
        x_id (str):
        x_location_id (None | str):
        x_property_id (str):
        zip_ (None | str):
    """

    accessible_hearing: bool | None
    accessible_mobility: bool | None
    accessible_vision: bool | None
    address_1: None | str
    address_2: None | str
    available_date: None | str
    base_rent_in_cents: float | None
    building_number: None | str
    city: None | str
    country: None | str
    created_at: str
    description: None | str
    floor_plan_market_rent_in_cents: float | None
    floor_plan_name: None | str
    gross_square_feet: int
    id: str
    integration_id: str
    integration_vendor: IntegrationVendor
    is_available: bool | None
    is_reserved: bool | None
    is_vacant: bool | None
    last_seen: None | str
    made_ready_date: None | str
    make_ready_date: None | str
    maximum_potential_lease_term: None | str
    minimum_potential_lease_term: None | str
    notes: None | str
    property_id: str
    rentable_square_feet: int
    reserved_until_date: None | str
    state: None | str
    unit_market_rent_in_cents: float | None
    unit_number: None | str
    updated_at: str
    x_building_id: None | str
    x_floor_plan_id: None | str
    x_id: str
    x_location_id: None | str
    x_property_id: str
    zip_: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accessible_hearing: bool | None
        accessible_hearing = self.accessible_hearing

        accessible_mobility: bool | None
        accessible_mobility = self.accessible_mobility

        accessible_vision: bool | None
        accessible_vision = self.accessible_vision

        address_1: None | str
        address_1 = self.address_1

        address_2: None | str
        address_2 = self.address_2

        available_date: None | str
        available_date = self.available_date

        base_rent_in_cents: float | None
        base_rent_in_cents = self.base_rent_in_cents

        building_number: None | str
        building_number = self.building_number

        city: None | str
        city = self.city

        country: None | str
        country = self.country

        created_at = self.created_at

        description: None | str
        description = self.description

        floor_plan_market_rent_in_cents: float | None
        floor_plan_market_rent_in_cents = self.floor_plan_market_rent_in_cents

        floor_plan_name: None | str
        floor_plan_name = self.floor_plan_name

        gross_square_feet = self.gross_square_feet

        id = self.id

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        is_available: bool | None
        is_available = self.is_available

        is_reserved: bool | None
        is_reserved = self.is_reserved

        is_vacant: bool | None
        is_vacant = self.is_vacant

        last_seen: None | str
        last_seen = self.last_seen

        made_ready_date: None | str
        made_ready_date = self.made_ready_date

        make_ready_date: None | str
        make_ready_date = self.make_ready_date

        maximum_potential_lease_term: None | str
        maximum_potential_lease_term = self.maximum_potential_lease_term

        minimum_potential_lease_term: None | str
        minimum_potential_lease_term = self.minimum_potential_lease_term

        notes: None | str
        notes = self.notes

        property_id = self.property_id

        rentable_square_feet = self.rentable_square_feet

        reserved_until_date: None | str
        reserved_until_date = self.reserved_until_date

        state: None | str
        state = self.state

        unit_market_rent_in_cents: float | None
        unit_market_rent_in_cents = self.unit_market_rent_in_cents

        unit_number: None | str
        unit_number = self.unit_number

        updated_at = self.updated_at

        x_building_id: None | str
        x_building_id = self.x_building_id

        x_floor_plan_id: None | str
        x_floor_plan_id = self.x_floor_plan_id

        x_id = self.x_id

        x_location_id: None | str
        x_location_id = self.x_location_id

        x_property_id = self.x_property_id

        zip_: None | str
        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accessible_hearing": accessible_hearing,
                "accessible_mobility": accessible_mobility,
                "accessible_vision": accessible_vision,
                "address_1": address_1,
                "address_2": address_2,
                "available_date": available_date,
                "base_rent_in_cents": base_rent_in_cents,
                "building_number": building_number,
                "city": city,
                "country": country,
                "created_at": created_at,
                "description": description,
                "floor_plan_market_rent_in_cents": floor_plan_market_rent_in_cents,
                "floor_plan_name": floor_plan_name,
                "gross_square_feet": gross_square_feet,
                "id": id,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "is_available": is_available,
                "is_reserved": is_reserved,
                "is_vacant": is_vacant,
                "last_seen": last_seen,
                "made_ready_date": made_ready_date,
                "make_ready_date": make_ready_date,
                "maximum_potential_lease_term": maximum_potential_lease_term,
                "minimum_potential_lease_term": minimum_potential_lease_term,
                "notes": notes,
                "property_id": property_id,
                "rentable_square_feet": rentable_square_feet,
                "reserved_until_date": reserved_until_date,
                "state": state,
                "unit_market_rent_in_cents": unit_market_rent_in_cents,
                "unit_number": unit_number,
                "updated_at": updated_at,
                "x_building_id": x_building_id,
                "x_floor_plan_id": x_floor_plan_id,
                "x_id": x_id,
                "x_location_id": x_location_id,
                "x_property_id": x_property_id,
                "zip": zip_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "accessible_hearing"

            def _parse_accessible_hearing(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            accessible_hearing = _parse_accessible_hearing(
                pop_required(d, "accessible_hearing", "GetUnitDetailResponseResults")
            )

            _field = "accessible_mobility"

            def _parse_accessible_mobility(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            accessible_mobility = _parse_accessible_mobility(
                pop_required(d, "accessible_mobility", "GetUnitDetailResponseResults")
            )

            _field = "accessible_vision"

            def _parse_accessible_vision(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            accessible_vision = _parse_accessible_vision(
                pop_required(d, "accessible_vision", "GetUnitDetailResponseResults")
            )

            _field = "address_1"

            def _parse_address_1(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            address_1 = _parse_address_1(pop_required(d, "address_1", "GetUnitDetailResponseResults"))

            _field = "address_2"

            def _parse_address_2(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            address_2 = _parse_address_2(pop_required(d, "address_2", "GetUnitDetailResponseResults"))

            _field = "available_date"

            def _parse_available_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            available_date = _parse_available_date(pop_required(d, "available_date", "GetUnitDetailResponseResults"))

            _field = "base_rent_in_cents"

            def _parse_base_rent_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            base_rent_in_cents = _parse_base_rent_in_cents(
                pop_required(d, "base_rent_in_cents", "GetUnitDetailResponseResults")
            )

            _field = "building_number"

            def _parse_building_number(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            building_number = _parse_building_number(pop_required(d, "building_number", "GetUnitDetailResponseResults"))

            _field = "city"

            def _parse_city(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            city = _parse_city(pop_required(d, "city", "GetUnitDetailResponseResults"))

            _field = "country"

            def _parse_country(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            country = _parse_country(pop_required(d, "country", "GetUnitDetailResponseResults"))

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "GetUnitDetailResponseResults"), "str")

            _field = "description"

            def _parse_description(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            description = _parse_description(pop_required(d, "description", "GetUnitDetailResponseResults"))

            _field = "floor_plan_market_rent_in_cents"

            def _parse_floor_plan_market_rent_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            floor_plan_market_rent_in_cents = _parse_floor_plan_market_rent_in_cents(
                pop_required(d, "floor_plan_market_rent_in_cents", "GetUnitDetailResponseResults")
            )

            _field = "floor_plan_name"

            def _parse_floor_plan_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            floor_plan_name = _parse_floor_plan_name(pop_required(d, "floor_plan_name", "GetUnitDetailResponseResults"))

            _field = "gross_square_feet"
            gross_square_feet = conform(pop_required(d, "gross_square_feet", "GetUnitDetailResponseResults"), "int")

            _field = "id"
            id = conform(pop_required(d, "id", "GetUnitDetailResponseResults"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "GetUnitDetailResponseResults"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(
                pop_required(d, "integration_vendor", "GetUnitDetailResponseResults")
            )

            _field = "is_available"

            def _parse_is_available(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_available = _parse_is_available(pop_required(d, "is_available", "GetUnitDetailResponseResults"))

            _field = "is_reserved"

            def _parse_is_reserved(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_reserved = _parse_is_reserved(pop_required(d, "is_reserved", "GetUnitDetailResponseResults"))

            _field = "is_vacant"

            def _parse_is_vacant(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_vacant = _parse_is_vacant(pop_required(d, "is_vacant", "GetUnitDetailResponseResults"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "GetUnitDetailResponseResults"))

            _field = "made_ready_date"

            def _parse_made_ready_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            made_ready_date = _parse_made_ready_date(pop_required(d, "made_ready_date", "GetUnitDetailResponseResults"))

            _field = "make_ready_date"

            def _parse_make_ready_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            make_ready_date = _parse_make_ready_date(pop_required(d, "make_ready_date", "GetUnitDetailResponseResults"))

            _field = "maximum_potential_lease_term"

            def _parse_maximum_potential_lease_term(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            maximum_potential_lease_term = _parse_maximum_potential_lease_term(
                pop_required(d, "maximum_potential_lease_term", "GetUnitDetailResponseResults")
            )

            _field = "minimum_potential_lease_term"

            def _parse_minimum_potential_lease_term(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            minimum_potential_lease_term = _parse_minimum_potential_lease_term(
                pop_required(d, "minimum_potential_lease_term", "GetUnitDetailResponseResults")
            )

            _field = "notes"

            def _parse_notes(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            notes = _parse_notes(pop_required(d, "notes", "GetUnitDetailResponseResults"))

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "GetUnitDetailResponseResults"), "str")

            _field = "rentable_square_feet"
            rentable_square_feet = conform(
                pop_required(d, "rentable_square_feet", "GetUnitDetailResponseResults"), "int"
            )

            _field = "reserved_until_date"

            def _parse_reserved_until_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            reserved_until_date = _parse_reserved_until_date(
                pop_required(d, "reserved_until_date", "GetUnitDetailResponseResults")
            )

            _field = "state"

            def _parse_state(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            state = _parse_state(pop_required(d, "state", "GetUnitDetailResponseResults"))

            _field = "unit_market_rent_in_cents"

            def _parse_unit_market_rent_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            unit_market_rent_in_cents = _parse_unit_market_rent_in_cents(
                pop_required(d, "unit_market_rent_in_cents", "GetUnitDetailResponseResults")
            )

            _field = "unit_number"

            def _parse_unit_number(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            unit_number = _parse_unit_number(pop_required(d, "unit_number", "GetUnitDetailResponseResults"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "GetUnitDetailResponseResults"), "str")

            _field = "x_building_id"

            def _parse_x_building_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_building_id = _parse_x_building_id(pop_required(d, "x_building_id", "GetUnitDetailResponseResults"))

            _field = "x_floor_plan_id"

            def _parse_x_floor_plan_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_floor_plan_id = _parse_x_floor_plan_id(pop_required(d, "x_floor_plan_id", "GetUnitDetailResponseResults"))

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "GetUnitDetailResponseResults"), "str")

            _field = "x_location_id"

            def _parse_x_location_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_location_id = _parse_x_location_id(pop_required(d, "x_location_id", "GetUnitDetailResponseResults"))

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "GetUnitDetailResponseResults"), "str")

            _field = "zip"

            def _parse_zip_(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            zip_ = _parse_zip_(pop_required(d, "zip", "GetUnitDetailResponseResults"))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "GetUnitDetailResponseResults", _field) from _failure
        _instance = cls(
            accessible_hearing=accessible_hearing,
            accessible_mobility=accessible_mobility,
            accessible_vision=accessible_vision,
            address_1=address_1,
            address_2=address_2,
            available_date=available_date,
            base_rent_in_cents=base_rent_in_cents,
            building_number=building_number,
            city=city,
            country=country,
            created_at=created_at,
            description=description,
            floor_plan_market_rent_in_cents=floor_plan_market_rent_in_cents,
            floor_plan_name=floor_plan_name,
            gross_square_feet=gross_square_feet,
            id=id,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            is_available=is_available,
            is_reserved=is_reserved,
            is_vacant=is_vacant,
            last_seen=last_seen,
            made_ready_date=made_ready_date,
            make_ready_date=make_ready_date,
            maximum_potential_lease_term=maximum_potential_lease_term,
            minimum_potential_lease_term=minimum_potential_lease_term,
            notes=notes,
            property_id=property_id,
            rentable_square_feet=rentable_square_feet,
            reserved_until_date=reserved_until_date,
            state=state,
            unit_market_rent_in_cents=unit_market_rent_in_cents,
            unit_number=unit_number,
            updated_at=updated_at,
            x_building_id=x_building_id,
            x_floor_plan_id=x_floor_plan_id,
            x_id=x_id,
            x_location_id=x_location_id,
            x_property_id=x_property_id,
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
