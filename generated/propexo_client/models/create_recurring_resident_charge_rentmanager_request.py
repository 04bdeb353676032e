from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.create_recurring_resident_charge_rentmanager_request_frequency_normalized import (
    CreateRecurringResidentChargeRentmanagerRequestFrequencyNormalized,
    check_create_recurring_resident_charge_rentmanager_request_frequency_normalized,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateRecurringResidentChargeRentmanagerRequest")


@_attrs_define
class CreateRecurringResidentChargeRentmanagerRequest:
    """
    Attributes:
        amount_in_cents (int): Greater than 0.
        charge_code_id (str):
        frequency_normalized (CreateRecurringResidentChargeRentmanagerRequestFrequencyNormalized): One of 'DAILY',
            'MONTHLY', 'WEEKLY'.
        integration_id (str):
        resident_id (str):
        description (str | Unset):
        end_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        start_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
    """

    amount_in_cents: int
    charge_code_id: str
    frequency_normalized: CreateRecurringResidentChargeRentmanagerRequestFrequencyNormalized
    integration_id: str
    resident_id: str
    description: str | Unset = UNSET
    end_date: str | Unset = UNSET
    start_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_in_cents = self.amount_in_cents

        charge_code_id = self.charge_code_id

        frequency_normalized: str = self.frequency_normalized

        integration_id = self.integration_id

        resident_id = self.resident_id

        description = self.description

        end_date = self.end_date

        start_date = self.start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_in_cents": amount_in_cents,
                "charge_code_id": charge_code_id,
                "frequency_normalized": frequency_normalized,
                "integration_id": integration_id,
                "resident_id": resident_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if start_date is not UNSET:
            field_dict["start_date"] = start_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "amount_in_cents"
            amount_in_cents = conform(
                pop_required(d, "amount_in_cents", "CreateRecurringResidentChargeRentmanagerRequest"), "int"
            )

            _field = "charge_code_id"
            charge_code_id = conform(
                pop_required(d, "charge_code_id", "CreateRecurringResidentChargeRentmanagerRequest"), "str"
            )

            _field = "frequency_normalized"
            frequency_normalized = check_create_recurring_resident_charge_rentmanager_request_frequency_normalized(
                pop_required(d, "frequency_normalized", "CreateRecurringResidentChargeRentmanagerRequest")
            )

            _field = "integration_id"
            integration_id = conform(
                pop_required(d, "integration_id", "CreateRecurringResidentChargeRentmanagerRequest"), "str"
            )

            _field = "resident_id"
            resident_id = conform(
                pop_required(d, "resident_id", "CreateRecurringResidentChargeRentmanagerRequest"), "str"
            )

            _field = "description"
            description = conform(d.pop("description", UNSET), "str")

            _field = "end_date"
            end_date = conform(d.pop("end_date", UNSET), "str")

            _field = "start_date"
            start_date = conform(d.pop("start_date", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateRecurringResidentChargeRentmanagerRequest", _field) from _failure
        _instance = cls(
            amount_in_cents=amount_in_cents,
            charge_code_id=charge_code_id,
            frequency_normalized=frequency_normalized,
            integration_id=integration_id,
            resident_id=resident_id,
            description=description,
            end_date=end_date,
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
