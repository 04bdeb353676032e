from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.other_occupants_item_phone_1_type import (
    OtherOccupantsItemPhone1Type,
    check_other_occupants_item_phone_1_type,
)
from ..models.other_occupants_item_phone_2_type import (
    OtherOccupantsItemPhone2Type,
    check_other_occupants_item_phone_2_type,
)
from ..models.other_occupants_item_relationship import (
    OtherOccupantsItemRelationship,
    check_other_occupants_item_relationship,
)
from ..models.other_occupants_item_state import OtherOccupantsItemState, check_other_occupants_item_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="OtherOccupantsItem")


@_attrs_define
class OtherOccupantsItem:
    """
    Attributes:
        first_name (str):
        last_name (str):
        organization_name (str):
        relationship (OtherOccupantsItemRelationship): One of 'ROOMMATE', 'SPOUSE', 'GUARANTOR', 'OTHER'.
        third_party_id (str): Length at least 1.
        address_1 (str | Unset):
        city (str | Unset):
        email_1 (str | Unset): Format: email.
        phone_1 (str | Unset): Pattern: `^\\d{10}$`.
        phone_1_type (OtherOccupantsItemPhone1Type | Unset): One of 'FAX', 'HOME', 'MOBILE', 'WORK'.
        phone_2 (str | Unset): Pattern: `^\\d{10}$`.
        phone_2_type (OtherOccupantsItemPhone2Type | Unset): One of 'FAX', 'HOME', 'MOBILE', 'WORK'.
        state (OtherOccupantsItemState | Unset): One of 'AA', 'AE', 'AK', 'AL', 'AP', 'AR', 'AS', 'AZ', 'CA', 'CO',
            'CT', 'DC', 'DE', 'FL', 'FM', 'GA', 'GU', 'HI', 'IA', 'ID', 'IN', 'KS', 'KY', 'LA', 'MA', 'MD', 'ME', 'MH',
            'MI', 'MN', 'MO', 'MP', 'MS', 'MT', 'NC', 'NE', 'NL', 'NJ', 'NM', 'NV' (and 29 more).
        zip_ (str | Unset):
    """

    first_name: str
    last_name: str
    organization_name: str
    relationship: OtherOccupantsItemRelationship
    third_party_id: str
    address_1: str | Unset = UNSET
    city: str | Unset = UNSET
    email_1: str | Unset = UNSET
    phone_1: str | Unset = UNSET
    phone_1_type: OtherOccupantsItemPhone1Type | Unset = UNSET
    phone_2: str | Unset = UNSET
    phone_2_type: OtherOccupantsItemPhone2Type | Unset = UNSET
    state: OtherOccupantsItemState | Unset = UNSET
    zip_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        organization_name = self.organization_name

        relationship: str = self.relationship

        third_party_id = self.third_party_id

        address_1 = self.address_1

        city = self.city

        email_1 = self.email_1

        phone_1 = self.phone_1

        phone_1_type: str | Unset = UNSET
        if not isinstance(self.phone_1_type, Unset):
            phone_1_type = self.phone_1_type

        phone_2 = self.phone_2

        phone_2_type: str | Unset = UNSET
        if not isinstance(self.phone_2_type, Unset):
            phone_2_type = self.phone_2_type

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
                "organization_name": organization_name,
                "relationship": relationship,
                "third_party_id": third_party_id,
            }
        )
        if address_1 is not UNSET:
            field_dict["address_1"] = address_1
        if city is not UNSET:
            field_dict["city"] = city
        if email_1 is not UNSET:
            field_dict["email_1"] = email_1
        if phone_1 is not UNSET:
            field_dict["phone_1"] = phone_1
        if phone_1_type is not UNSET:
            field_dict["phone_1_type"] = phone_1_type
        if phone_2 is not UNSET:
            field_dict["phone_2"] = phone_2
        if phone_2_type is not UNSET:
            field_dict["phone_2_type"] = phone_2_type
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
            first_name = conform(pop_required(d, "first_name", "OtherOccupantsItem"), "str")

            _field = "last_name"
            last_name = conform(pop_required(d, "last_name", "OtherOccupantsItem"), "str")

            _field = "organization_name"
            organization_name = conform(pop_required(d, "organization_name", "OtherOccupantsItem"), "str")

            _field = "relationship"
            relationship = check_other_occupants_item_relationship(
                pop_required(d, "relationship", "OtherOccupantsItem")
            )

            _field = "third_party_id"
            third_party_id = conform(pop_required(d, "third_party_id", "OtherOccupantsItem"), "str")

            _field = "address_1"
            address_1 = conform(d.pop("address_1", UNSET), "str")

            _field = "city"
            city = conform(d.pop("city", UNSET), "str")

            _field = "email_1"
            email_1 = conform(d.pop("email_1", UNSET), "str")

            _field = "phone_1"
            phone_1 = conform(d.pop("phone_1", UNSET), "str")

            _field = "phone_1_type"
            _phone_1_type = d.pop("phone_1_type", UNSET)
            phone_1_type: OtherOccupantsItemPhone1Type | Unset
            if isinstance(_phone_1_type, Unset):
                phone_1_type = UNSET
            else:
                phone_1_type = check_other_occupants_item_phone_1_type(_phone_1_type)

            _field = "phone_2"
            phone_2 = conform(d.pop("phone_2", UNSET), "str")

            _field = "phone_2_type"
            _phone_2_type = d.pop("phone_2_type", UNSET)
            phone_2_type: OtherOccupantsItemPhone2Type | Unset
            if isinstance(_phone_2_type, Unset):
                phone_2_type = UNSET
            else:
                phone_2_type = check_other_occupants_item_phone_2_type(_phone_2_type)

            _field = "state"
            _state = d.pop("state", UNSET)
            state: OtherOccupantsItemState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = check_other_occupants_item_state(_state)

            _field = "zip"
            zip_ = conform(d.pop("zip", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "OtherOccupantsItem", _field) from _failure
        _instance = cls(
            first_name=first_name,
            last_name=last_name,
            organization_name=organization_name,
            relationship=relationship,
            third_party_id=third_party_id,
            address_1=address_1,
            city=city,
            email_1=email_1,
            phone_1=phone_1,
            phone_1_type=phone_1_type,
            phone_2=phone_2,
            phone_2_type=phone_2_type,
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
