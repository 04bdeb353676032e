from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.create_lease_request_emergency_contacts_item_country_type_0 import (
    CreateLeaseRequestEmergencyContactsItemCountryType0,
    check_create_lease_request_emergency_contacts_item_country_type_0,
)
from ..models.create_lease_request_emergency_contacts_item_relationship import (
    CreateLeaseRequestEmergencyContactsItemRelationship,
    check_create_lease_request_emergency_contacts_item_relationship,
)
from ..models.create_lease_request_emergency_contacts_item_state import (
    CreateLeaseRequestEmergencyContactsItemState,
    check_create_lease_request_emergency_contacts_item_state,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateLeaseRequestEmergencyContactsItem")


@_attrs_define
class CreateLeaseRequestEmergencyContactsItem:
    """
    Attributes:
        first_name (str):
        last_name (str):
        relationship (CreateLeaseRequestEmergencyContactsItemRelationship): One of 'DAUGHTER', 'FRIEND', 'HUSBAND',
            'SON', 'WIFE', 'OTHER'.
        address_1 (str | Unset):
        city (str | Unset):
        country (CreateLeaseRequestEmergencyContactsItemCountryType0 | str | Unset): One of 'US', 'CA'.
        phone_1 (str | Unset): Pattern: `^\\d{10}$`.
        state (CreateLeaseRequestEmergencyContactsItemState | Unset): One of 'AA', 'AE', 'AK', 'AL', 'AP', 'AR', 'AS',
            'AZ', 'CA', 'CO', 'CT', 'DC', 'DE', 'FL', 'FM', 'GA', 'GU', 'HI', 'IA', 'ID', 'IN', 'KS', 'KY', 'LA', 'MA',
            'MD', 'ME', 'MH', 'MI', 'MN', 'MO', 'MP', 'MS', 'MT', 'NC', 'NE', 'NL', 'NJ', 'NM', 'NV' (and 29 more).
        zip_ (str | Unset):
    """

    first_name: str
    last_name: str
    relationship: CreateLeaseRequestEmergencyContactsItemRelationship
    address_1: str | Unset = UNSET
    city: str | Unset = UNSET
    country: CreateLeaseRequestEmergencyContactsItemCountryType0 | str | Unset = UNSET
    phone_1: str | Unset = UNSET
    state: CreateLeaseRequestEmergencyContactsItemState | Unset = UNSET
    zip_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        relationship: str = self.relationship

        address_1 = self.address_1

        city = self.city

        country: str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        elif isinstance(self.country, str):
            country = self.country
        else:
            country = self.country

        phone_1 = self.phone_1

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first_name": first_name,
                "last_name": last_name,
                "relationship": relationship,
            }
        )
        if address_1 is not UNSET:
            field_dict["address_1"] = address_1
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if phone_1 is not UNSET:
            field_dict["phone_1"] = phone_1
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
            first_name = conform(pop_required(d, "first_name", "CreateLeaseRequestEmergencyContactsItem"), "str")

            _field = "last_name"
            last_name = conform(pop_required(d, "last_name", "CreateLeaseRequestEmergencyContactsItem"), "str")

            _field = "relationship"
            relationship = check_create_lease_request_emergency_contacts_item_relationship(
                pop_required(d, "relationship", "CreateLeaseRequestEmergencyContactsItem")
            )

            _field = "address_1"
            address_1 = conform(d.pop("address_1", UNSET), "str")

            _field = "city"
            city = conform(d.pop("city", UNSET), "str")

            _field = "country"

            def _parse_country(data: object) -> CreateLeaseRequestEmergencyContactsItemCountryType0 | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    country_type_0 = check_create_lease_request_emergency_contacts_item_country_type_0(data)

                    return country_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CreateLeaseRequestEmergencyContactsItemCountryType0 | str | Unset, conform(data, "str"))

            country = _parse_country(d.pop("country", UNSET))

            _field = "phone_1"
            phone_1 = conform(d.pop("phone_1", UNSET), "str")

            _field = "state"
            _state = d.pop("state", UNSET)
            state: CreateLeaseRequestEmergencyContactsItemState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = check_create_lease_request_emergency_contacts_item_state(_state)

            _field = "zip"
            zip_ = conform(d.pop("zip", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateLeaseRequestEmergencyContactsItem", _field) from _failure
        _instance = cls(
            first_name=first_name,
            last_name=last_name,
            relationship=relationship,
            address_1=address_1,
            city=city,
            country=country,
            phone_1=phone_1,
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
