from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateApplicantRequestEmploymentHistoryItem")


@_attrs_define
class CreateApplicantRequestEmploymentHistoryItem:
    """
    Attributes:
        is_current_employer (bool):
        name (str):
        address_1 (str | Unset):
        address_2 (str | Unset):
        city (str | Unset):
        country (str | Unset):
        end_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        income_in_cents (int | Unset): At least 0.
        monthly_income_in_cents (int | Unset): Deprecated. At least 0.
        phone (str | Unset): Pattern: `^\\+?\\d{1,50}$`.
        position (str | Unset):
        start_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        state (str | Unset):
        supervisor_email (str | Unset): Format: email.
        supervisor_first_name (str | Unset):
        supervisor_last_name (str | Unset):
        supervisor_phone (str | Unset): Pattern: `^\\+?\\d{1,50}$`.
        supervisor_title (str | Unset):
        zip_ (str | Unset):
    """

    is_current_employer: bool
    name: str
    address_1: str | Unset = UNSET
    address_2: str | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    end_date: str | Unset = UNSET
    income_in_cents: int | Unset = UNSET
    monthly_income_in_cents: int | Unset = UNSET
    phone: str | Unset = UNSET
    position: str | Unset = UNSET
    start_date: str | Unset = UNSET
    state: str | Unset = UNSET
    supervisor_email: str | Unset = UNSET
    supervisor_first_name: str | Unset = UNSET
    supervisor_last_name: str | Unset = UNSET
    supervisor_phone: str | Unset = UNSET
    supervisor_title: str | Unset = UNSET
    zip_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_current_employer = self.is_current_employer

        name = self.name

        address_1 = self.address_1

        address_2 = self.address_2

        city = self.city

        country = self.country

        end_date = self.end_date

        income_in_cents = self.income_in_cents

        monthly_income_in_cents = self.monthly_income_in_cents

        phone = self.phone

        position = self.position

        start_date = self.start_date

        state = self.state

        supervisor_email = self.supervisor_email

        supervisor_first_name = self.supervisor_first_name

        supervisor_last_name = self.supervisor_last_name

        supervisor_phone = self.supervisor_phone

        supervisor_title = self.supervisor_title

        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_current_employer": is_current_employer,
                "name": name,
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
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if income_in_cents is not UNSET:
            field_dict["income_in_cents"] = income_in_cents
        if monthly_income_in_cents is not UNSET:
            field_dict["monthly_income_in_cents"] = monthly_income_in_cents
        if phone is not UNSET:
            field_dict["phone"] = phone
        if position is not UNSET:
            field_dict["position"] = position
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if state is not UNSET:
            field_dict["state"] = state
        if supervisor_email is not UNSET:
            field_dict["supervisor_email"] = supervisor_email
        if supervisor_first_name is not UNSET:
            field_dict["supervisor_first_name"] = supervisor_first_name
        if supervisor_last_name is not UNSET:
            field_dict["supervisor_last_name"] = supervisor_last_name
        if supervisor_phone is not UNSET:
            field_dict["supervisor_phone"] = supervisor_phone
        if supervisor_title is not UNSET:
            field_dict["supervisor_title"] = supervisor_title
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "is_current_employer"
            is_current_employer = conform(
                pop_required(d, "is_current_employer", "CreateApplicantRequestEmploymentHistoryItem"), "bool"
            )

            _field = "name"
            name = conform(pop_required(d, "name", "CreateApplicantRequestEmploymentHistoryItem"), "str")

            _field = "address_1"
            address_1 = conform(d.pop("address_1", UNSET), "str")

            _field = "address_2"
            address_2 = conform(d.pop("address_2", UNSET), "str")

            _field = "city"
            city = conform(d.pop("city", UNSET), "str")

            _field = "country"
            country = conform(d.pop("country", UNSET), "str")

            _field = "end_date"
            end_date = conform(d.pop("end_date", UNSET), "str")

            _field = "income_in_cents"
            income_in_cents = conform(d.pop("income_in_cents", UNSET), "int")

            _field = "monthly_income_in_cents"
            monthly_income_in_cents = conform(d.pop("monthly_income_in_cents", UNSET), "int")

            _field = "phone"
            phone = conform(d.pop("phone", UNSET), "str")

            _field = "position"
            position = conform(d.pop("position", UNSET), "str")

            _field = "start_date"
            start_date = conform(d.pop("start_date", UNSET), "str")

            _field = "state"
            state = conform(d.pop("state", UNSET), "str")

            _field = "supervisor_email"
            supervisor_email = conform(d.pop("supervisor_email", UNSET), "str")

            _field = "supervisor_first_name"
            supervisor_first_name = conform(d.pop("supervisor_first_name", UNSET), "str")

            _field = "supervisor_last_name"
            supervisor_last_name = conform(d.pop("supervisor_last_name", UNSET), "str")

            _field = "supervisor_phone"
            supervisor_phone = conform(d.pop("supervisor_phone", UNSET), "str")

            _field = "supervisor_title"
            supervisor_title = conform(d.pop("supervisor_title", UNSET), "str")

            _field = "zip"
            zip_ = conform(d.pop("zip", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateApplicantRequestEmploymentHistoryItem", _field) from _failure
        _instance = cls(
            is_current_employer=is_current_employer,
            name=name,
            address_1=address_1,
            address_2=address_2,
            city=city,
            country=country,
            end_date=end_date,
            income_in_cents=income_in_cents,
            monthly_income_in_cents=monthly_income_in_cents,
            phone=phone,
            position=position,
            start_date=start_date,
            state=state,
            supervisor_email=supervisor_email,
            supervisor_first_name=supervisor_first_name,
            supervisor_last_name=supervisor_last_name,
            supervisor_phone=supervisor_phone,
            supervisor_title=supervisor_title,
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
