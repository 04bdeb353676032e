from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error
from ..models.update_unit_request_category import UpdateUnitRequestCategory, check_update_unit_request_category
from ..models.update_unit_request_type import UpdateUnitRequestType, check_update_unit_request_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateUnitRequest")


@_attrs_define
class UpdateUnitRequest:
    """
    Attributes:
        abbreviation (str | Unset):
        address_1 (str | Unset):
        address_2 (str | Unset):
        bathrooms (None | str | Unset):
        bedrooms (None | str | Unset):
        category (UpdateUnitRequestCategory | Unset): One of 'Residential', 'Commercial'.
        city (str | Unset):
        country (str | Unset):
        integration_id (str | Unset):
        name (str | Unset):
        notes (str | Unset):
        rent_amount_market_in_cents (float | Unset):
        square_feet (float | Unset):
        state (str | Unset):
        type_ (UpdateUnitRequestType | Unset): One of 'Apartment', 'House'.
        unit_id (str | Unset):
        zip_ (str | Unset):
    """

    abbreviation: str | Unset = UNSET
    address_1: str | Unset = UNSET
    address_2: str | Unset = UNSET
    bathrooms: None | str | Unset = UNSET
    bedrooms: None | str | Unset = UNSET
    category: UpdateUnitRequestCategory | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    integration_id: str | Unset = UNSET
    name: str | Unset = UNSET
    notes: str | Unset = UNSET
    rent_amount_market_in_cents: float | Unset = UNSET
    square_feet: float | Unset = UNSET
    state: str | Unset = UNSET
    type_: UpdateUnitRequestType | Unset = UNSET
    unit_id: str | Unset = UNSET
    zip_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        integration_id = self.integration_id

        name = self.name

        notes = self.notes

        rent_amount_market_in_cents = self.rent_amount_market_in_cents

        square_feet = self.square_feet

        state = self.state

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        unit_id = self.unit_id

        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id
        if name is not UNSET:
            field_dict["name"] = name
        if notes is not UNSET:
            field_dict["notes"] = notes
        if rent_amount_market_in_cents is not UNSET:
            field_dict["rent_amount_market_in_cents"] = rent_amount_market_in_cents
        if square_feet is not UNSET:
            field_dict["square_feet"] = square_feet
        if state is not UNSET:
            field_dict["state"] = state
        if type_ is not UNSET:
            field_dict["type"] = type_
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
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
            category: UpdateUnitRequestCategory | Unset
            if isinstance(_category, Unset):
                category = UNSET
            else:
                category = check_update_unit_request_category(_category)

            _field = "city"
            city = conform(d.pop("city", UNSET), "str")

            _field = "country"
            country = conform(d.pop("country", UNSET), "str")

            _field = "integration_id"
            integration_id = conform(d.pop("integration_id", UNSET), "str")

            _field = "name"
            name = conform(d.pop("name", UNSET), "str")

            _field = "notes"
            notes = conform(d.pop("notes", UNSET), "str")

            _field = "rent_amount_market_in_cents"
            rent_amount_market_in_cents = conform(d.pop("rent_amount_market_in_cents", UNSET), "float")

            _field = "square_feet"
            square_feet = conform(d.pop("square_feet", UNSET), "float")

            _field = "state"
            state = conform(d.pop("state", UNSET), "str")

            _field = "type"
            _type_ = d.pop("type", UNSET)
            type_: UpdateUnitRequestType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_update_unit_request_type(_type_)

            _field = "unit_id"
            unit_id = conform(d.pop("unit_id", UNSET), "str")

            _field = "zip"
            zip_ = conform(d.pop("zip", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "UpdateUnitRequest", _field) from _failure
        _instance = cls(
            abbreviation=abbreviation,
            address_1=address_1,
            address_2=address_2,
            bathrooms=bathrooms,
            bedrooms=bedrooms,
            category=category,
            city=city,
            country=country,
            integration_id=integration_id,
            name=name,
            notes=notes,
            rent_amount_market_in_cents=rent_amount_market_in_cents,
            square_feet=square_feet,
            state=state,
            type_=type_,
            unit_id=unit_id,
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
