from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.employment_history_item_state import EmploymentHistoryItemState, check_employment_history_item_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmploymentHistoryItem")


@_attrs_define
class EmploymentHistoryItem:
    """
    Attributes:
        is_current_employer (bool):
        monthly_income_in_cents (int): At least 0.
        name (str):
        start_date (str): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        address_1 (str | Unset):
        city (str | Unset):
        end_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        phone (str | Unset): Pattern: `^\\d{10}$`.
        position (str | Unset):
        state (EmploymentHistoryItemState | Unset): One of 'AA', 'AE', 'AK', 'AL', 'AP', 'AR', 'AS', 'AZ', 'CA', 'CO',
            'CT', 'DC', 'DE', 'FL', 'FM', 'GA', 'GU', 'HI', 'IA', 'ID', 'IN', 'KS', 'KY', 'LA', 'MA', 'MD', 'ME', 'MH',
            'MI', 'MN', 'MO', 'MP', 'MS', 'MT', 'NC', 'NE', 'NL', 'NJ', 'NM', 'NV' (and 29 more).
        supervisor_first_name (str | Unset):
        supervisor_last_name (str | Unset):
        zip_ (str | Unset):
    """

    is_current_employer: bool
    monthly_income_in_cents: int
    name: str
    start_date: str
    address_1: str | Unset = UNSET
    city: str | Unset = UNSET
    end_date: str | Unset = UNSET
    phone: str | Unset = UNSET
    position: str | Unset = UNSET
    state: EmploymentHistoryItemState | Unset = UNSET
    supervisor_first_name: str | Unset = UNSET
    supervisor_last_name: str | Unset = UNSET
    zip_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_current_employer = self.is_current_employer

        monthly_income_in_cents = self.monthly_income_in_cents

        name = self.name

        start_date = self.start_date

        address_1 = self.address_1

        city = self.city

        end_date = self.end_date

        phone = self.phone

        position = self.position

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        supervisor_first_name = self.supervisor_first_name

        supervisor_last_name = self.supervisor_last_name

        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_current_employer": is_current_employer,
                "monthly_income_in_cents": monthly_income_in_cents,
                "name": name,
                "start_date": start_date,
            }
        )
        if address_1 is not UNSET:
            field_dict["address_1"] = address_1
        if city is not UNSET:
            field_dict["city"] = city
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if phone is not UNSET:
            field_dict["phone"] = phone
        if position is not UNSET:
            field_dict["position"] = position
        if state is not UNSET:
            field_dict["state"] = state
        if supervisor_first_name is not UNSET:
            field_dict["supervisor_first_name"] = supervisor_first_name
        if supervisor_last_name is not UNSET:
            field_dict["supervisor_last_name"] = supervisor_last_name
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "is_current_employer"
            is_current_employer = conform(pop_required(d, "is_current_employer", "EmploymentHistoryItem"), "bool")

            _field = "monthly_income_in_cents"
            monthly_income_in_cents = conform(
                pop_required(d, "monthly_income_in_cents", "EmploymentHistoryItem"), "int"
            )

            _field = "name"
            name = conform(pop_required(d, "name", "EmploymentHistoryItem"), "str")

            _field = "start_date"
            start_date = conform(pop_required(d, "start_date", "EmploymentHistoryItem"), "str")

            _field = "address_1"
            address_1 = conform(d.pop("address_1", UNSET), "str")

            _field = "city"
            city = conform(d.pop("city", UNSET), "str")

            _field = "end_date"
            end_date = conform(d.pop("end_date", UNSET), "str")

            _field = "phone"
            phone = conform(d.pop("phone", UNSET), "str")

            _field = "position"
            position = conform(d.pop("position", UNSET), "str")

            _field = "state"
            _state = d.pop("state", UNSET)
            state: EmploymentHistoryItemState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = check_employment_history_item_state(_state)

            _field = "supervisor_first_name"
            supervisor_first_name = conform(d.pop("supervisor_first_name", UNSET), "str")

            _field = "supervisor_last_name"
            supervisor_last_name = conform(d.pop("supervisor_last_name", UNSET), "str")

            _field = "zip"
            zip_ = conform(d.pop("zip", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "EmploymentHistoryItem", _field) from _failure
        _instance = cls(
            is_current_employer=is_current_employer,
            monthly_income_in_cents=monthly_income_in_cents,
            name=name,
            start_date=start_date,
            address_1=address_1,
            city=city,
            end_date=end_date,
            phone=phone,
            position=position,
            state=state,
            supervisor_first_name=supervisor_first_name,
            supervisor_last_name=supervisor_last_name,
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
