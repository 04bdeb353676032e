from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.create_recurring_resident_charge_request_frequency_normalized import (
    CreateRecurringResidentChargeRequestFrequencyNormalized,
    check_create_recurring_resident_charge_request_frequency_normalized,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateRecurringResidentChargeRequest")


@_attrs_define
class CreateRecurringResidentChargeRequest:
    """
    Attributes:
        integration_id (str):
        amount_in_cents (int | Unset): Greater than 0.
        charge_code_id (str | Unset):
        charge_code_type_id (str | Unset):
        charge_due_day (int | Unset): At least 1. At most 31.
        charge_timing_id (str | Unset):
        day_due (int | Unset): Greater than 0. At most 31.
        description (str | Unset):
        end_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        financial_account_id (str | Unset):
        frequency_normalized (CreateRecurringResidentChargeRequestFrequencyNormalized | Unset): One of 'DAILY',
            'MONTHLY', 'WEEKLY'.
        frequency_raw (int | Unset): Greater than 0. At most 24.
        is_active (bool | Unset):
        last_posted_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        lease_id (str | Unset):
        month_to_month_amount_in_cents (int | Unset): Greater than 0.
        month_to_month_fee_in_cents (int | Unset): Greater than 0.
        reference_number (str | Unset):
        resident_id (str | Unset):
        start_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
    """

    integration_id: str
    amount_in_cents: int | Unset = UNSET
    charge_code_id: str | Unset = UNSET
    charge_code_type_id: str | Unset = UNSET
    charge_due_day: int | Unset = UNSET
    charge_timing_id: str | Unset = UNSET
    day_due: int | Unset = UNSET
    description: str | Unset = UNSET
    end_date: str | Unset = UNSET
    financial_account_id: str | Unset = UNSET
    frequency_normalized: CreateRecurringResidentChargeRequestFrequencyNormalized | Unset = UNSET
    frequency_raw: int | Unset = UNSET
    is_active: bool | Unset = UNSET
    last_posted_date: str | Unset = UNSET
    lease_id: str | Unset = UNSET
    month_to_month_amount_in_cents: int | Unset = UNSET
    month_to_month_fee_in_cents: int | Unset = UNSET
    reference_number: str | Unset = UNSET
    resident_id: str | Unset = UNSET
    start_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        amount_in_cents = self.amount_in_cents

        charge_code_id = self.charge_code_id

        charge_code_type_id = self.charge_code_type_id

        charge_due_day = self.charge_due_day

        charge_timing_id = self.charge_timing_id

        day_due = self.day_due

        description = self.description

        end_date = self.end_date

        financial_account_id = self.financial_account_id

        frequency_normalized: str | Unset = UNSET
        if not isinstance(self.frequency_normalized, Unset):
            frequency_normalized = self.frequency_normalized

        frequency_raw = self.frequency_raw

        is_active = self.is_active

        last_posted_date = self.last_posted_date

        lease_id = self.lease_id

        month_to_month_amount_in_cents = self.month_to_month_amount_in_cents

        month_to_month_fee_in_cents = self.month_to_month_fee_in_cents

        reference_number = self.reference_number

        resident_id = self.resident_id

        start_date = self.start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_id": integration_id,
            }
        )
        if amount_in_cents is not UNSET:
            field_dict["amount_in_cents"] = amount_in_cents
        if charge_code_id is not UNSET:
            field_dict["charge_code_id"] = charge_code_id
        if charge_code_type_id is not UNSET:
            field_dict["charge_code_type_id"] = charge_code_type_id
        if charge_due_day is not UNSET:
            field_dict["charge_due_day"] = charge_due_day
        if charge_timing_id is not UNSET:
            field_dict["charge_timing_id"] = charge_timing_id
        if day_due is not UNSET:
            field_dict["day_due"] = day_due
        if description is not UNSET:
            field_dict["description"] = description
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if financial_account_id is not UNSET:
            field_dict["financial_account_id"] = financial_account_id
        if frequency_normalized is not UNSET:
            field_dict["frequency_normalized"] = frequency_normalized
        if frequency_raw is not UNSET:
            field_dict["frequency_raw"] = frequency_raw
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if last_posted_date is not UNSET:
            field_dict["last_posted_date"] = last_posted_date
        if lease_id is not UNSET:
            field_dict["lease_id"] = lease_id
        if month_to_month_amount_in_cents is not UNSET:
            field_dict["month_to_month_amount_in_cents"] = month_to_month_amount_in_cents
        if month_to_month_fee_in_cents is not UNSET:
            field_dict["month_to_month_fee_in_cents"] = month_to_month_fee_in_cents
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if resident_id is not UNSET:
            field_dict["resident_id"] = resident_id
        if start_date is not UNSET:
            field_dict["start_date"] = start_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "CreateRecurringResidentChargeRequest"), "str")

            _field = "amount_in_cents"
            amount_in_cents = conform(d.pop("amount_in_cents", UNSET), "int")

            _field = "charge_code_id"
            charge_code_id = conform(d.pop("charge_code_id", UNSET), "str")

            _field = "charge_code_type_id"
            charge_code_type_id = conform(d.pop("charge_code_type_id", UNSET), "str")

            _field = "charge_due_day"
            charge_due_day = conform(d.pop("charge_due_day", UNSET), "int")

            _field = "charge_timing_id"
            charge_timing_id = conform(d.pop("charge_timing_id", UNSET), "str")

            _field = "day_due"
            day_due = conform(d.pop("day_due", UNSET), "int")

            _field = "description"
            description = conform(d.pop("description", UNSET), "str")

            _field = "end_date"
            end_date = conform(d.pop("end_date", UNSET), "str")

            _field = "financial_account_id"
            financial_account_id = conform(d.pop("financial_account_id", UNSET), "str")

            _field = "frequency_normalized"
            _frequency_normalized = d.pop("frequency_normalized", UNSET)
            frequency_normalized: CreateRecurringResidentChargeRequestFrequencyNormalized | Unset
            if isinstance(_frequency_normalized, Unset):
                frequency_normalized = UNSET
            else:
                frequency_normalized = check_create_recurring_resident_charge_request_frequency_normalized(
                    _frequency_normalized
                )

            _field = "frequency_raw"
            frequency_raw = conform(d.pop("frequency_raw", UNSET), "int")

            _field = "is_active"
            is_active = conform(d.pop("is_active", UNSET), "bool")

            _field = "last_posted_date"
            last_posted_date = conform(d.pop("last_posted_date", UNSET), "str")

            _field = "lease_id"
            lease_id = conform(d.pop("lease_id", UNSET), "str")

            _field = "month_to_month_amount_in_cents"
            month_to_month_amount_in_cents = conform(d.pop("month_to_month_amount_in_cents", UNSET), "int")

            _field = "month_to_month_fee_in_cents"
            month_to_month_fee_in_cents = conform(d.pop("month_to_month_fee_in_cents", UNSET), "int")

            _field = "reference_number"
            reference_number = conform(d.pop("reference_number", UNSET), "str")

            _field = "resident_id"
            resident_id = conform(d.pop("resident_id", UNSET), "str")

            _field = "start_date"
            start_date = conform(d.pop("start_date", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateRecurringResidentChargeRequest", _field) from _failure
        _instance = cls(
            integration_id=integration_id,
            amount_in_cents=amount_in_cents,
            charge_code_id=charge_code_id,
            charge_code_type_id=charge_code_type_id,
            charge_due_day=charge_due_day,
            charge_timing_id=charge_timing_id,
            day_due=day_due,
            description=description,
            end_date=end_date,
            financial_account_id=financial_account_id,
            frequency_normalized=frequency_normalized,
            frequency_raw=frequency_raw,
            is_active=is_active,
            last_posted_date=last_posted_date,
            lease_id=lease_id,
            month_to_month_amount_in_cents=month_to_month_amount_in_cents,
            month_to_month_fee_in_cents=month_to_month_fee_in_cents,
            reference_number=reference_number,
            resident_id=resident_id,
            start_date=start_date,
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
