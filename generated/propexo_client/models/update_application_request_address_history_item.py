from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.update_application_request_address_history_item_country_type_0 import (
    UpdateApplicationRequestAddressHistoryItemCountryType0,
    check_update_application_request_address_history_item_country_type_0,
)
from ..models.update_application_request_address_history_item_state import (
    UpdateApplicationRequestAddressHistoryItemState,
    check_update_application_request_address_history_item_state,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateApplicationRequestAddressHistoryItem")


@_attrs_define
class UpdateApplicationRequestAddressHistoryItem:
    """
    Attributes:
        address_1 (str):
        city (str):
        move_in_date (str): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        notice_provided (bool):
        state (UpdateApplicationRequestAddressHistoryItemState): One of 'AA', 'AE', 'AK', 'AL', 'AP', 'AR', 'AS', 'AZ',
            'CA', 'CO', 'CT', 'DC', 'DE', 'FL', 'FM', 'GA', 'GU', 'HI', 'IA', 'ID', 'IN', 'KS', 'KY', 'LA', 'MA', 'MD',
            'ME', 'MH', 'MI', 'MN', 'MO', 'MP', 'MS', 'MT', 'NC', 'NE', 'NL', 'NJ', 'NM', 'NV' (and 29 more).
        zip_ (str):
        country (str | Unset | UpdateApplicationRequestAddressHistoryItemCountryType0): One of 'United States',
            'Canada'.
        management_company (str | Unset):
        manager_email (str | Unset): Format: email.
        manager_phone (str | Unset): Pattern: `^\\d{10}$`.
        monthly_payment_in_cents (int | Unset): At least 0.
        move_out_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        property_name (str | Unset):
        reason_for_leaving (str | Unset):
    """

    address_1: str
    city: str
    move_in_date: str
    notice_provided: bool
    state: UpdateApplicationRequestAddressHistoryItemState
    zip_: str
    country: str | Unset | UpdateApplicationRequestAddressHistoryItemCountryType0 = UNSET
    management_company: str | Unset = UNSET
    manager_email: str | Unset = UNSET
    manager_phone: str | Unset = UNSET
    monthly_payment_in_cents: int | Unset = UNSET
    move_out_date: str | Unset = UNSET
    property_name: str | Unset = UNSET
    reason_for_leaving: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_1 = self.address_1

        city = self.city

        move_in_date = self.move_in_date

        notice_provided = self.notice_provided

        state: str = self.state

        zip_ = self.zip_

        country: str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        elif isinstance(self.country, str):
            country = self.country
        else:
            country = self.country

        management_company = self.management_company

        manager_email = self.manager_email

        manager_phone = self.manager_phone

        monthly_payment_in_cents = self.monthly_payment_in_cents

        move_out_date = self.move_out_date

        property_name = self.property_name

        reason_for_leaving = self.reason_for_leaving

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address_1": address_1,
                "city": city,
                "move_in_date": move_in_date,
                "notice_provided": notice_provided,
                "state": state,
                "zip": zip_,
            }
        )
        if country is not UNSET:
            field_dict["country"] = country
        if management_company is not UNSET:
            field_dict["management_company"] = management_company
        if manager_email is not UNSET:
            field_dict["manager_email"] = manager_email
        if manager_phone is not UNSET:
            field_dict["manager_phone"] = manager_phone
        if monthly_payment_in_cents is not UNSET:
            field_dict["monthly_payment_in_cents"] = monthly_payment_in_cents
        if move_out_date is not UNSET:
            field_dict["move_out_date"] = move_out_date
        if property_name is not UNSET:
            field_dict["property_name"] = property_name
        if reason_for_leaving is not UNSET:
            field_dict["reason_for_leaving"] = reason_for_leaving

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "address_1"
            address_1 = conform(pop_required(d, "address_1", "UpdateApplicationRequestAddressHistoryItem"), "str")

            _field = "city"
            city = conform(pop_required(d, "city", "UpdateApplicationRequestAddressHistoryItem"), "str")

            _field = "move_in_date"
            move_in_date = conform(pop_required(d, "move_in_date", "UpdateApplicationRequestAddressHistoryItem"), "str")

            _field = "notice_provided"
            notice_provided = conform(
                pop_required(d, "notice_provided", "UpdateApplicationRequestAddressHistoryItem"), "bool"
            )

            _field = "state"
            state = check_update_application_request_address_history_item_state(
                pop_required(d, "state", "UpdateApplicationRequestAddressHistoryItem")
            )

            _field = "zip"
            zip_ = conform(pop_required(d, "zip", "UpdateApplicationRequestAddressHistoryItem"), "str")

            _field = "country"

            def _parse_country(data: object) -> str | Unset | UpdateApplicationRequestAddressHistoryItemCountryType0:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    country_type_0 = check_update_application_request_address_history_item_country_type_0(data)

                    return country_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(str | Unset | UpdateApplicationRequestAddressHistoryItemCountryType0, conform(data, "str"))

            country = _parse_country(d.pop("country", UNSET))

            _field = "management_company"
            management_company = conform(d.pop("management_company", UNSET), "str")

            _field = "manager_email"
            manager_email = conform(d.pop("manager_email", UNSET), "str")

            _field = "manager_phone"
            manager_phone = conform(d.pop("manager_phone", UNSET), "str")

            _field = "monthly_payment_in_cents"
            monthly_payment_in_cents = conform(d.pop("monthly_payment_in_cents", UNSET), "int")

            _field = "move_out_date"
            move_out_date = conform(d.pop("move_out_date", UNSET), "str")

            _field = "property_name"
            property_name = conform(d.pop("property_name", UNSET), "str")

            _field = "reason_for_leaving"
            reason_for_leaving = conform(d.pop("reason_for_leaving", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "UpdateApplicationRequestAddressHistoryItem", _field) from _failure
        _instance = cls(
            address_1=address_1,
            city=city,
            move_in_date=move_in_date,
            notice_provided=notice_provided,
            state=state,
            zip_=zip_,
            country=country,
            management_company=management_company,
            manager_email=manager_email,
            manager_phone=manager_phone,
            monthly_payment_in_cents=monthly_payment_in_cents,
            move_out_date=move_out_date,
            property_name=property_name,
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
