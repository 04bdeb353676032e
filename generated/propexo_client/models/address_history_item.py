from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.address_history_item_address_type import (
    AddressHistoryItemAddressType,
    check_address_history_item_address_type,
)
from ..models.address_history_item_country import AddressHistoryItemCountry, check_address_history_item_country
from ..models.address_history_item_manager_type import (
    AddressHistoryItemManagerType,
    check_address_history_item_manager_type,
)
from ..models.address_history_item_state import AddressHistoryItemState, check_address_history_item_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddressHistoryItem")


@_attrs_define
class AddressHistoryItem:
    """
    Attributes:
        address_1 (str):
        city (str):
        country (AddressHistoryItemCountry): One of 'US', 'CA'.
        state (AddressHistoryItemState): One of 'AB', 'BC', 'MB', 'NB', 'NL', 'NT', 'NS', 'NU', 'ON', 'PE', 'QC', 'SK',
            'YT', 'AL', 'AK', 'AS', 'AZ', 'AR', 'AA', 'AE', 'AP', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'GU', 'HI',
            'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA' (and 33 more).
        zip_ (str):
        address_2 (str | Unset):
        address_type (AddressHistoryItemAddressType | Unset): One of 'OWN', 'RENT'.
        manager_email (str | Unset): Format: email.
        manager_name (str | Unset):
        manager_phone (str | Unset): Pattern: `^\\+?\\d{1,50}$`.
        manager_type (AddressHistoryItemManagerType | Unset): One of 'LANDLORD', 'PROPERTY_MANAGER', 'RELATIVE',
            'FRIEND', 'APARTMENT'.
        monthly_payment_in_cents (int | Unset): At least 0.
        move_in_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        move_out_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        reason_for_leaving (str | Unset):
    """

    address_1: str
    city: str
    country: AddressHistoryItemCountry
    state: AddressHistoryItemState
    zip_: str
    address_2: str | Unset = UNSET
    address_type: AddressHistoryItemAddressType | Unset = UNSET
    manager_email: str | Unset = UNSET
    manager_name: str | Unset = UNSET
    manager_phone: str | Unset = UNSET
    manager_type: AddressHistoryItemManagerType | Unset = UNSET
    monthly_payment_in_cents: int | Unset = UNSET
    move_in_date: str | Unset = UNSET
    move_out_date: str | Unset = UNSET
    reason_for_leaving: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_1 = self.address_1

        city = self.city

        country: str = self.country

        state: str = self.state

        zip_ = self.zip_

        address_2 = self.address_2

        address_type: str | Unset = UNSET
        if not isinstance(self.address_type, Unset):
            address_type = self.address_type

        manager_email = self.manager_email

        manager_name = self.manager_name

        manager_phone = self.manager_phone

        manager_type: str | Unset = UNSET
        if not isinstance(self.manager_type, Unset):
            manager_type = self.manager_type

        monthly_payment_in_cents = self.monthly_payment_in_cents

        move_in_date = self.move_in_date

        move_out_date = self.move_out_date

        reason_for_leaving = self.reason_for_leaving

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address_1": address_1,
                "city": city,
                "country": country,
                "state": state,
                "zip": zip_,
            }
        )
        if address_2 is not UNSET:
            field_dict["address_2"] = address_2
        if address_type is not UNSET:
            field_dict["address_type"] = address_type
        if manager_email is not UNSET:
            field_dict["manager_email"] = manager_email
        if manager_name is not UNSET:
            field_dict["manager_name"] = manager_name
        if manager_phone is not UNSET:
            field_dict["manager_phone"] = manager_phone
        if manager_type is not UNSET:
            field_dict["manager_type"] = manager_type
        if monthly_payment_in_cents is not UNSET:
            field_dict["monthly_payment_in_cents"] = monthly_payment_in_cents
        if move_in_date is not UNSET:
            field_dict["move_in_date"] = move_in_date
        if move_out_date is not UNSET:
            field_dict["move_out_date"] = move_out_date
        if reason_for_leaving is not UNSET:
            field_dict["reason_for_leaving"] = reason_for_leaving

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "address_1"
            address_1 = conform(pop_required(d, "address_1", "AddressHistoryItem"), "str")

            _field = "city"
            city = conform(pop_required(d, "city", "AddressHistoryItem"), "str")

            _field = "country"
            country = check_address_history_item_country(pop_required(d, "country", "AddressHistoryItem"))

            _field = "state"
            state = check_address_history_item_state(pop_required(d, "state", "AddressHistoryItem"))

            _field = "zip"
            zip_ = conform(pop_required(d, "zip", "AddressHistoryItem"), "str")

            _field = "address_2"
            address_2 = conform(d.pop("address_2", UNSET), "str")

            _field = "address_type"
            _address_type = d.pop("address_type", UNSET)
            address_type: AddressHistoryItemAddressType | Unset
            if isinstance(_address_type, Unset):
                address_type = UNSET
            else:
                address_type = check_address_history_item_address_type(_address_type)

            _field = "manager_email"
            manager_email = conform(d.pop("manager_email", UNSET), "str")

            _field = "manager_name"
            manager_name = conform(d.pop("manager_name", UNSET), "str")

            _field = "manager_phone"
            manager_phone = conform(d.pop("manager_phone", UNSET), "str")

            _field = "manager_type"
            _manager_type = d.pop("manager_type", UNSET)
            manager_type: AddressHistoryItemManagerType | Unset
            if isinstance(_manager_type, Unset):
                manager_type = UNSET
            else:
                manager_type = check_address_history_item_manager_type(_manager_type)

            _field = "monthly_payment_in_cents"
            monthly_payment_in_cents = conform(d.pop("monthly_payment_in_cents", UNSET), "int")

            _field = "move_in_date"
            move_in_date = conform(d.pop("move_in_date", UNSET), "str")

            _field = "move_out_date"
            move_out_date = conform(d.pop("move_out_date", UNSET), "str")

            _field = "reason_for_leaving"
            reason_for_leaving = conform(d.pop("reason_for_leaving", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "AddressHistoryItem", _field) from _failure
        _instance = cls(
            address_1=address_1,
            city=city,
            country=country,
            state=state,
            zip_=zip_,
            address_2=address_2,
            address_type=address_type,
            manager_email=manager_email,
            manager_name=manager_name,
            manager_phone=manager_phone,
            manager_type=manager_type,
            monthly_payment_in_cents=monthly_payment_in_cents,
            move_in_date=move_in_date,
            move_out_date=move_out_date,
            reason_for_leaving=reason_for_leaving,
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
