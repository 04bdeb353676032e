from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationReferencesItem")


@_attrs_define
class ApplicationReferencesItem:
    """
    Attributes:
        first_name (str):
        last_name (str):
        address_1 (str | Unset):
        address_2 (str | Unset):
        city (str | Unset):
        country (str | Unset):
        phone_1 (str | Unset): Pattern: `^\\+?\\d{1,50}$`.
        relationship (str | Unset):
        state (str | Unset):
        zip_ (str | Unset):
    """

    first_name: str
    last_name: str
    address_1: str | Unset = UNSET
    address_2: str | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    phone_1: str | Unset = UNSET
    relationship: str | Unset = UNSET
    state: str | Unset = UNSET
    zip_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        address_1 = self.address_1

        address_2 = self.address_2

        city = self.city

        country = self.country

        phone_1 = self.phone_1

        relationship = self.relationship

        state = self.state

        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first_name": first_name,
                "last_name": last_name,
            }
        )
        if address_1 is not UNSET:
            field_dict["address_1"] = address_1
        if address_2 is not UNSET:
            field_dict["address_2"] = address_2
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if phone_1 is not UNSET:
            field_dict["phone_1"] = phone_1
        if relationship is not UNSET:
            field_dict["relationship"] = relationship
        if state is not UNSET:
            field_dict["state"] = state
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "first_name"
            first_name = conform(pop_required(d, "first_name", "ApplicationReferencesItem"), "str")

            _field = "last_name"
            last_name = conform(pop_required(d, "last_name", "ApplicationReferencesItem"), "str")

            _field = "address_1"
            address_1 = conform(d.pop("address_1", UNSET), "str")

            _field = "address_2"
            address_2 = conform(d.pop("address_2", UNSET), "str")

            _field = "city"
            city = conform(d.pop("city", UNSET), "str")

            _field = "country"
            country = conform(d.pop("country", UNSET), "str")

            _field = "phone_1"
            phone_1 = conform(d.pop("phone_1", UNSET), "str")

            _field = "relationship"
            relationship = conform(d.pop("relationship", UNSET), "str")

            _field = "state"
            state = conform(d.pop("state", UNSET), "str")

            _field = "zip"
            zip_ = conform(d.pop("zip", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "ApplicationReferencesItem", _field) from _failure
        _instance = cls(
            first_name=first_name,
            last_name=last_name,
            address_1=address_1,
            address_2=address_2,
            city=city,
            country=country,
            phone_1=phone_1,
            relationship=relationship,
            state=state,
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
