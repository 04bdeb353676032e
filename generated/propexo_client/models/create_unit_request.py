from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.create_unit_request_category import CreateUnitRequestCategory, check_create_unit_request_category
from ..models.create_unit_request_type import CreateUnitRequestType, check_create_unit_request_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUnitRequest")


@_attrs_define
class CreateUnitRequest:
    """
    Attributes:
        intgration_id (str):
        property_id (str):
        abbreviation (str | Unset):
        address_1 (str | Unset):
        address_2 (str | Unset):
        bathrooms (None | str | Unset):
        bedrooms (None | str | Unset):
        category (CreateUnitRequestCategory | Unset): One of 'Residential', 'Commercial'.
        city (str | Unset):
        country (str | Unset):
        date_available (datetime.datetime | Unset):
        floor_plan_code (str | Unset):
        integration_id (str | Unset):
        is_furnished (bool | Unset):
        lease_period_id (str | Unset):
        name (str | Unset):
        notes (str | Unset):
        number (str | Unset):
        rent_amount_market_in_cents (float | Unset):
        square_feet (float | Unset):
        state (str | Unset):
        street_address_1 (str | Unset):
        street_address_2 (str | Unset):
        type_ (CreateUnitRequestType | Unset): One of 'Apartment', 'House'.
        unit_type_id (str | Unset):
        zip_ (str | Unset):
    """

    intgration_id: str
    property_id: str
    abbreviation: str | Unset = UNSET
    address_1: str | Unset = UNSET
    address_2: str | Unset = UNSET
    bathrooms: None | str | Unset = UNSET
    bedrooms: None | str | Unset = UNSET
    category: CreateUnitRequestCategory | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    date_available: datetime.datetime | Unset = UNSET
    floor_plan_code: str | Unset = UNSET
    integration_id: str | Unset = UNSET
    is_furnished: bool | Unset = UNSET
    lease_period_id: str | Unset = UNSET
    name: str | Unset = UNSET
    notes: str | Unset = UNSET
    number: str | Unset = UNSET
    rent_amount_market_in_cents: float | Unset = UNSET
    square_feet: float | Unset = UNSET
    state: str | Unset = UNSET
    street_address_1: str | Unset = UNSET
    street_address_2: str | Unset = UNSET
    type_: CreateUnitRequestType | Unset = UNSET
    unit_type_id: str | Unset = UNSET
    zip_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        intgration_id = self.intgration_id

        property_id = self.property_id

        abbreviation = self.abbreviation

        address_1 = self.address_1

        address_2 = self.address_2

        bathrooms: None | str | Unset
        if isinstance(self.bathrooms, Unset):
            bathrooms = UNSET
        else:
            bathrooms = self.bathrooms

        bedrooms: None | str | Unset
        if isinstance(self.bedrooms, Unset):
            bedrooms = UNSET
        else:
            bedrooms = self.bedrooms

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category

        city = self.city

        country = self.country

        date_available: str | Unset = UNSET
        if not isinstance(self.date_available, Unset):
            date_available = self.date_available.isoformat()

        floor_plan_code = self.floor_plan_code

        integration_id = self.integration_id

        is_furnished = self.is_furnished

        lease_period_id = self.lease_period_id

        name = self.name

        notes = self.notes

        number = self.number

        rent_amount_market_in_cents = self.rent_amount_market_in_cents

        square_feet = self.square_feet

        state = self.state

        street_address_1 = self.street_address_1

        street_address_2 = self.street_address_2

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        unit_type_id = self.unit_type_id

        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "intgration_id": intgration_id,
                "property_id": property_id,
            }
        )
        if abbreviation is not UNSET:
            field_dict["abbreviation"] = abbreviation
        if address_1 is not UNSET:
            field_dict["address_1"] = address_1
        if address_2 is not UNSET:
            field_dict["address_2"] = address_2
        if bathrooms is not UNSET:
            field_dict["bathrooms"] = bathrooms
        if bedrooms is not UNSET:
            field_dict["bedrooms"] = bedrooms
        if category is not UNSET:
            field_dict["category"] = category
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if date_available is not UNSET:
            field_dict["date_available"] = date_available
        if floor_plan_code is not UNSET:
            field_dict["floor_plan_code"] = floor_plan_code
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id
        if is_furnished is not UNSET:
            field_dict["is_furnished"] = is_furnished
        if lease_period_id is not UNSET:
            field_dict["lease_period_id"] = lease_period_id
        if name is not UNSET:
            field_dict["name"] = name
        if notes is not UNSET:
            field_dict["notes"] = notes
        if number is not UNSET:
            field_dict["number"] = number
        if rent_amount_market_in_cents is not UNSET:
            field_dict["rent_amount_market_in_cents"] = rent_amount_market_in_cents
        if square_feet is not UNSET:
            field_dict["square_feet"] = square_feet
        if state is not UNSET:
            field_dict["state"] = state
        if street_address_1 is not UNSET:
            field_dict["street_address_1"] = street_address_1
        if street_address_2 is not UNSET:
            field_dict["street_address_2"] = street_address_2
        if type_ is not UNSET:
            field_dict["type"] = type_
        if unit_type_id is not UNSET:
            field_dict["unit_type_id"] = unit_type_id
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "intgration_id"
            intgration_id = conform(pop_required(d, "intgration_id", "CreateUnitRequest"), "str")

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "CreateUnitRequest"), "str")

            _field = "abbreviation"
            abbreviation = conform(d.pop("abbreviation", UNSET), "str")

            _field = "address_1"
            address_1 = conform(d.pop("address_1", UNSET), "str")

            _field = "address_2"
            address_2 = conform(d.pop("address_2", UNSET), "str")

            _field = "bathrooms"

            def _parse_bathrooms(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, conform(data, "str"))

            bathrooms = _parse_bathrooms(d.pop("bathrooms", UNSET))

            _field = "bedrooms"

            def _parse_bedrooms(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, conform(data, "str"))

            bedrooms = _parse_bedrooms(d.pop("bedrooms", UNSET))

            _field = "category"
            _category = d.pop("category", UNSET)
            category: CreateUnitRequestCategory | Unset
            if isinstance(_category, Unset):
                category = UNSET
            else:
                category = check_create_unit_request_category(_category)

            _field = "city"
            city = conform(d.pop("city", UNSET), "str")

            _field = "country"
            country = conform(d.pop("country", UNSET), "str")

            _field = "date_available"
            _date_available = d.pop("date_available", UNSET)
            date_available: datetime.datetime | Unset
            if isinstance(_date_available, Unset):
                date_available = UNSET
            else:
                date_available = datetime.datetime.fromisoformat(_date_available)

            _field = "floor_plan_code"
            floor_plan_code = conform(d.pop("floor_plan_code", UNSET), "str")

            _field = "integration_id"
            integration_id = conform(d.pop("integration_id", UNSET), "str")

            _field = "is_furnished"
            is_furnished = conform(d.pop("is_furnished", UNSET), "bool")

            _field = "lease_period_id"
            lease_period_id = conform(d.pop("lease_period_id", UNSET), "str")

            _field = "name"
            name = conform(d.pop("name", UNSET), "str")

            _field = "notes"
            notes = conform(d.pop("notes", UNSET), "str")

            _field = "number"
            number = conform(d.pop("number", UNSET), "str")

            _field = "rent_amount_market_in_cents"
            rent_amount_market_in_cents = conform(d.pop("rent_amount_market_in_cents", UNSET), "float")

            _field = "square_feet"
            square_feet = conform(d.pop("square_feet", UNSET), "float")

            _field = "state"
            state = conform(d.pop("state", UNSET), "str")

            _field = "street_address_1"
            street_address_1 = conform(d.pop("street_address_1", UNSET), "str")

            _field = "street_address_2"
            street_address_2 = conform(d.pop("street_address_2", UNSET), "str")

            _field = "type"
            _type_ = d.pop("type", UNSET)
            type_: CreateUnitRequestType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_create_unit_request_type(_type_)

            _field = "unit_type_id"
            unit_type_id = conform(d.pop("unit_type_id", UNSET), "str")

            _field = "zip"
            zip_ = conform(d.pop("zip", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateUnitRequest", _field) from _failure
        _instance = cls(
            intgration_id=intgration_id,
            property_id=property_id,
            abbreviation=abbreviation,
            address_1=address_1,
            address_2=address_2,
            bathrooms=bathrooms,
            bedrooms=bedrooms,
            category=category,
            city=city,
            country=country,
            date_available=date_available,
            floor_plan_code=floor_plan_code,
            integration_id=integration_id,
            is_furnished=is_furnished,
            lease_period_id=lease_period_id,
            name=name,
            notes=notes,
            number=number,
            rent_amount_market_in_cents=rent_amount_market_in_cents,
            square_feet=square_feet,
            state=state,
            street_address_1=street_address_1,
            street_address_2=street_address_2,
            type_=type_,
            unit_type_id=unit_type_id,
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
