from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.create_property_request_category import (
    CreatePropertyRequestCategory,
    check_create_property_request_category,
)
from ..models.create_property_request_type import CreatePropertyRequestType, check_create_property_request_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePropertyRequest")


@_attrs_define
class CreatePropertyRequest:
    """
    Attributes:
        integration_id (str):
        abbreviation (str | Unset):
        address_1 (str | Unset):
        address_2 (str | Unset):
        category (CreatePropertyRequestCategory | Unset): One of 'Residential', 'Commercial'.
        city (str | Unset):
        country (str | Unset):
        county (str | Unset):
        is_active (str | Unset):
        name (str | Unset):
        notes (str | Unset):
        square_footage (str | Unset):
        state (str | Unset):
        type_ (CreatePropertyRequestType | Unset): One of 'Apartment', 'Condo', 'Commercial', 'Du/Fourplex', 'House',
            'Section 8/Affordable', 'Senior', 'Short-term/vacation', 'Student', 'Townhouse', 'Other'.
        website (str | Unset):
        x_portfolio_id (str | Unset):
        year_built (int | Unset):
        zip_ (str | Unset):
    """

    integration_id: str
    abbreviation: str | Unset = UNSET
    address_1: str | Unset = UNSET
    address_2: str | Unset = UNSET
    category: CreatePropertyRequestCategory | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    county: str | Unset = UNSET
    is_active: str | Unset = UNSET
    name: str | Unset = UNSET
    notes: str | Unset = UNSET
    square_footage: str | Unset = UNSET
    state: str | Unset = UNSET
    type_: CreatePropertyRequestType | Unset = UNSET
    website: str | Unset = UNSET
    x_portfolio_id: str | Unset = UNSET
    year_built: int | Unset = UNSET
    zip_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        abbreviation = self.abbreviation

        address_1 = self.address_1

        address_2 = self.address_2

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category

        city = self.city

        country = self.country

        county = self.county

        is_active = self.is_active

        name = self.name

        notes = self.notes

        square_footage = self.square_footage

        state = self.state

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        website = self.website

        x_portfolio_id = self.x_portfolio_id

        year_built = self.year_built

        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_id": integration_id,
            }
        )
        if abbreviation is not UNSET:
            field_dict["abbreviation"] = abbreviation
        if address_1 is not UNSET:
            field_dict["address_1"] = address_1
        if address_2 is not UNSET:
            field_dict["address_2"] = address_2
        if category is not UNSET:
            field_dict["category"] = category
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if county is not UNSET:
            field_dict["county"] = county
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if name is not UNSET:
            field_dict["name"] = name
        if notes is not UNSET:
            field_dict["notes"] = notes
        if square_footage is not UNSET:
            field_dict["square_footage"] = square_footage
        if state is not UNSET:
            field_dict["state"] = state
        if type_ is not UNSET:
            field_dict["type"] = type_
        if website is not UNSET:
            field_dict["website"] = website
        if x_portfolio_id is not UNSET:
            field_dict["x_portfolio_id"] = x_portfolio_id
        if year_built is not UNSET:
            field_dict["year_built"] = year_built
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "CreatePropertyRequest"), "str")

            _field = "abbreviation"
            abbreviation = conform(d.pop("abbreviation", UNSET), "str")

            _field = "address_1"
            address_1 = conform(d.pop("address_1", UNSET), "str")

            _field = "address_2"
            address_2 = conform(d.pop("address_2", UNSET), "str")

            _field = "category"
            _category = d.pop("category", UNSET)
            category: CreatePropertyRequestCategory | Unset
            if isinstance(_category, Unset):
                category = UNSET
            else:
                category = check_create_property_request_category(_category)

            _field = "city"
            city = conform(d.pop("city", UNSET), "str")

            _field = "country"
            country = conform(d.pop("country", UNSET), "str")

            _field = "county"
            county = conform(d.pop("county", UNSET), "str")

            _field = "is_active"
            is_active = conform(d.pop("is_active", UNSET), "str")

            _field = "name"
            name = conform(d.pop("name", UNSET), "str")

            _field = "notes"
            notes = conform(d.pop("notes", UNSET), "str")

            _field = "square_footage"
            square_footage = conform(d.pop("square_footage", UNSET), "str")

            _field = "state"
            state = conform(d.pop("state", UNSET), "str")

            _field = "type"
            _type_ = d.pop("type", UNSET)
            type_: CreatePropertyRequestType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_create_property_request_type(_type_)

            _field = "website"
            website = conform(d.pop("website", UNSET), "str")

            _field = "x_portfolio_id"
            x_portfolio_id = conform(d.pop("x_portfolio_id", UNSET), "str")

            _field = "year_built"
            year_built = conform(d.pop("year_built", UNSET), "int")

            _field = "zip"
            zip_ = conform(d.pop("zip", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreatePropertyRequest", _field) from _failure
        _instance = cls(
            integration_id=integration_id,
            abbreviation=abbreviation,
            address_1=address_1,
            address_2=address_2,
            category=category,
            city=city,
            country=country,
            county=county,
            is_active=is_active,
            name=name,
            notes=notes,
            square_footage=square_footage,
            state=state,
            type_=type_,
            website=website,
            x_portfolio_id=x_portfolio_id,
            year_built=year_built,
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
