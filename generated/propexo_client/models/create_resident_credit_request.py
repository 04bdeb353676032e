from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateResidentCreditRequest")


@_attrs_define
class CreateResidentCreditRequest:
    """
    Attributes:
        integration_id (str):
        amount_in_cents (int | Unset): Greater than 0.
        charge_code_id (str | Unset):
        description (str | Unset):
        financial_account_id (str | Unset):
        lease_id (str | Unset):
        notes (str | Unset):
        reference_number (str | Unset):
        resident_id (str | Unset):
        transaction_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
    """

    integration_id: str
    amount_in_cents: int | Unset = UNSET
    charge_code_id: str | Unset = UNSET
    description: str | Unset = UNSET
    financial_account_id: str | Unset = UNSET
    lease_id: str | Unset = UNSET
    notes: str | Unset = UNSET
    reference_number: str | Unset = UNSET
    resident_id: str | Unset = UNSET
    transaction_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        amount_in_cents = self.amount_in_cents

        charge_code_id = self.charge_code_id

        description = self.description

        financial_account_id = self.financial_account_id

        lease_id = self.lease_id

        notes = self.notes

        reference_number = self.reference_number

        resident_id = self.resident_id

        transaction_date = self.transaction_date

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
        if description is not UNSET:
            field_dict["description"] = description
        if financial_account_id is not UNSET:
            field_dict["financial_account_id"] = financial_account_id
        if lease_id is not UNSET:
            field_dict["lease_id"] = lease_id
        if notes is not UNSET:
            field_dict["notes"] = notes
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if resident_id is not UNSET:
            field_dict["resident_id"] = resident_id
        if transaction_date is not UNSET:
            field_dict["transaction_date"] = transaction_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "CreateResidentCreditRequest"), "str")

            _field = "amount_in_cents"
            amount_in_cents = conform(d.pop("amount_in_cents", UNSET), "int")

            _field = "charge_code_id"
            charge_code_id = conform(d.pop("charge_code_id", UNSET), "str")

            _field = "description"
            description = conform(d.pop("description", UNSET), "str")

            _field = "financial_account_id"
            financial_account_id = conform(d.pop("financial_account_id", UNSET), "str")

            _field = "lease_id"
            lease_id = conform(d.pop("lease_id", UNSET), "str")

            _field = "notes"
            notes = conform(d.pop("notes", UNSET), "str")

            _field = "reference_number"
            reference_number = conform(d.pop("reference_number", UNSET), "str")

            _field = "resident_id"
            resident_id = conform(d.pop("resident_id", UNSET), "str")

            _field = "transaction_date"
            transaction_date = conform(d.pop("transaction_date", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateResidentCreditRequest", _field) from _failure
        _instance = cls(
            integration_id=integration_id,
            amount_in_cents=amount_in_cents,
            charge_code_id=charge_code_id,
            description=description,
            financial_account_id=financial_account_id,
            lease_id=lease_id,
            notes=notes,
            reference_number=reference_number,
            resident_id=resident_id,
            transaction_date=transaction_date,
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
