from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateLeaseRequestRecurringResidentChargesItem")


@_attrs_define
class CreateLeaseRequestRecurringResidentChargesItem:
    """
    Attributes:
        amount_in_cents (int): Greater than 0.
        charge_due_day (int): Greater than 0. At most 31.
        description (str):
        financial_account_id (str):
        frequency_raw (int): Greater than 0. At most 12.
        start_date (str): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        end_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
    """

    amount_in_cents: int
    charge_due_day: int
    description: str
    financial_account_id: str
    frequency_raw: int
    start_date: str
    end_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_in_cents = self.amount_in_cents

        charge_due_day = self.charge_due_day

        description = self.description

        financial_account_id = self.financial_account_id

        frequency_raw = self.frequency_raw

        start_date = self.start_date

        end_date = self.end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_in_cents": amount_in_cents,
                "charge_due_day": charge_due_day,
                "description": description,
                "financial_account_id": financial_account_id,
                "frequency_raw": frequency_raw,
                "start_date": start_date,
            }
        )
        if end_date is not UNSET:
            field_dict["end_date"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "amount_in_cents"
            amount_in_cents = conform(
                pop_required(d, "amount_in_cents", "CreateLeaseRequestRecurringResidentChargesItem"), "int"
            )

            _field = "charge_due_day"
            charge_due_day = conform(
                pop_required(d, "charge_due_day", "CreateLeaseRequestRecurringResidentChargesItem"), "int"
            )

            _field = "description"
            description = conform(
                pop_required(d, "description", "CreateLeaseRequestRecurringResidentChargesItem"), "str"
            )

            _field = "financial_account_id"
            financial_account_id = conform(
                pop_required(d, "financial_account_id", "CreateLeaseRequestRecurringResidentChargesItem"), "str"
            )

            _field = "frequency_raw"
            frequency_raw = conform(
                pop_required(d, "frequency_raw", "CreateLeaseRequestRecurringResidentChargesItem"), "int"
            )

            _field = "start_date"
            start_date = conform(pop_required(d, "start_date", "CreateLeaseRequestRecurringResidentChargesItem"), "str")

            _field = "end_date"
            end_date = conform(d.pop("end_date", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateLeaseRequestRecurringResidentChargesItem", _field) from _failure
        _instance = cls(
            amount_in_cents=amount_in_cents,
            charge_due_day=charge_due_day,
            description=description,
            financial_account_id=financial_account_id,
            frequency_raw=frequency_raw,
            start_date=start_date,
            end_date=end_date,
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
