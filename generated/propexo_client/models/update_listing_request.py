from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateListingRequest")


@_attrs_define
class UpdateListingRequest:
    """
    Attributes:
        available_date (datetime.datetime | Unset):
        bathrooms (str | Unset):
        bedrooms (str | Unset):
        building_name (str | Unset):
        city (str | Unset):
        country (str | Unset):
        deposit_amount_in_cents (int | Unset):
        floor (str | Unset):
        is_available (bool | Unset):
        is_vacant (bool | Unset):
        lease_term (str | Unset):
        notes (str | Unset):
        rent_amount_in_cents (int | Unset):
        state (str | Unset):
        street_address_1 (str | Unset):
        street_address_2 (str | Unset):
        zip_ (str | Unset):
    """

    available_date: datetime.datetime | Unset = UNSET
    bathrooms: str | Unset = UNSET
    bedrooms: str | Unset = UNSET
    building_name: str | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    deposit_amount_in_cents: int | Unset = UNSET
    floor: str | Unset = UNSET
    is_available: bool | Unset = UNSET
    is_vacant: bool | Unset = UNSET
    lease_term: str | Unset = UNSET
    notes: str | Unset = UNSET
    rent_amount_in_cents: int | Unset = UNSET
    state: str | Unset = UNSET
    street_address_1: str | Unset = UNSET
    street_address_2: str | Unset = UNSET
    zip_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_date: str | Unset = UNSET
        if not isinstance(self.available_date, Unset):
            available_date = self.available_date.isoformat()

        bathrooms = self.bathrooms

        bedrooms = self.bedrooms

        building_name = self.building_name

        city = self.city

        country = self.country

        deposit_amount_in_cents = self.deposit_amount_in_cents

        floor = self.floor

        is_available = self.is_available

        is_vacant = self.is_vacant

        lease_term = self.lease_term

        notes = self.notes

        rent_amount_in_cents = self.rent_amount_in_cents

        state = self.state

        street_address_1 = self.street_address_1

        street_address_2 = self.street_address_2

        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available_date is not UNSET:
            field_dict["available_date"] = available_date
        if bathrooms is not UNSET:
            field_dict["bathrooms"] = bathrooms
        if bedrooms is not UNSET:
            field_dict["bedrooms"] = bedrooms
        if building_name is not UNSET:
            field_dict["building_name"] = building_name
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if deposit_amount_in_cents is not UNSET:
            field_dict["deposit_amount_in_cents"] = deposit_amount_in_cents
        if floor is not UNSET:
            field_dict["floor"] = floor
        if is_available is not UNSET:
            field_dict["is_available"] = is_available
        if is_vacant is not UNSET:
            field_dict["is_vacant"] = is_vacant
        if lease_term is not UNSET:
            field_dict["lease_term"] = lease_term
        if notes is not UNSET:
            field_dict["notes"] = notes
        if rent_amount_in_cents is not UNSET:
            field_dict["rent_amount_in_cents"] = rent_amount_in_cents
        if state is not UNSET:
            field_dict["state"] = state
        if street_address_1 is not UNSET:
            field_dict["street_address_1"] = street_address_1
        if street_address_2 is not UNSET:
            field_dict["street_address_2"] = street_address_2
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "available_date"
            _available_date = d.pop("available_date", UNSET)
            available_date: datetime.datetime | Unset
            if isinstance(_available_date, Unset):
                available_date = UNSET
            else:
                available_date = datetime.datetime.fromisoformat(_available_date)

            _field = "bathrooms"
            bathrooms = conform(d.pop("bathrooms", UNSET), "str")

            _field = "bedrooms"
            bedrooms = conform(d.pop("bedrooms", UNSET), "str")

            _field = "building_name"
            building_name = conform(d.pop("building_name", UNSET), "str")

            _field = "city"
            city = conform(d.pop("city", UNSET), "str")

            _field = "country"
            country = conform(d.pop("country", UNSET), "str")

            _field = "deposit_amount_in_cents"
            deposit_amount_in_cents = conform(d.pop("deposit_amount_in_cents", UNSET), "int")

            _field = "floor"
            floor = conform(d.pop("floor", UNSET), "str")

            _field = "is_available"
            is_available = conform(d.pop("is_available", UNSET), "bool")

            _field = "is_vacant"
            is_vacant = conform(d.pop("is_vacant", UNSET), "bool")

            _field = "lease_term"
            lease_term = conform(d.pop("lease_term", UNSET), "str")

            _field = "notes"
            notes = conform(d.pop("notes", UNSET), "str")

            _field = "rent_amount_in_cents"
            rent_amount_in_cents = conform(d.pop("rent_amount_in_cents", UNSET), "int")

            _field = "state"
            state = conform(d.pop("state", UNSET), "str")

            _field = "street_address_1"
            street_address_1 = conform(d.pop("street_address_1", UNSET), "str")

            _field = "street_address_2"
            street_address_2 = conform(d.pop("street_address_2", UNSET), "str")

            _field = "zip"
            zip_ = conform(d.pop("zip", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "UpdateListingRequest", _field) from _failure
        _instance = cls(
            available_date=available_date,
            bathrooms=bathrooms,
            bedrooms=bedrooms,
            building_name=building_name,
            city=city,
            country=country,
            deposit_amount_in_cents=deposit_amount_in_cents,
            floor=floor,
            is_available=is_available,
            is_vacant=is_vacant,
            lease_term=lease_term,
            notes=notes,
            rent_amount_in_cents=rent_amount_in_cents,
            state=state,
            street_address_1=street_address_1,
            street_address_2=street_address_2,
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
