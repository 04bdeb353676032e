from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateResidentChargeRequest")


@_attrs_define
class CreateResidentChargeRequest:
    """
    Attributes:
        integration_id (str):
        amount_in_cents (int | Unset):
        batch_id (str | Unset):
        charge_code_id (str | Unset):
        description (str | Unset):
        financial_account_id (str | Unset):
        is_approval_required (bool | Unset):
        lease_id (str | Unset):
        notes (str | Unset):
        post_month (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        property_id (str | Unset):
        reference_number (str | Unset):
        resident_id (str | Unset):
        third_party_charge_id (str | Unset):
        transaction_batch_id (str | Unset):
        transaction_date (datetime.datetime | Unset):
        unit_id (str | Unset):
    """

    integration_id: str
    amount_in_cents: int | Unset = UNSET
    batch_id: str | Unset = UNSET
    charge_code_id: str | Unset = UNSET
    description: str | Unset = UNSET
    financial_account_id: str | Unset = UNSET
    is_approval_required: bool | Unset = UNSET
    lease_id: str | Unset = UNSET
    notes: str | Unset = UNSET
    post_month: str | Unset = UNSET
    property_id: str | Unset = UNSET
    reference_number: str | Unset = UNSET
    resident_id: str | Unset = UNSET
    third_party_charge_id: str | Unset = UNSET
    transaction_batch_id: str | Unset = UNSET
    transaction_date: datetime.datetime | Unset = UNSET
    unit_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        amount_in_cents = self.amount_in_cents

        batch_id = self.batch_id

        charge_code_id = self.charge_code_id

        description = self.description

        financial_account_id = self.financial_account_id

        is_approval_required = self.is_approval_required

        lease_id = self.lease_id

        notes = self.notes

        post_month = self.post_month

        property_id = self.property_id

        reference_number = self.reference_number

        resident_id = self.resident_id

        third_party_charge_id = self.third_party_charge_id

        transaction_batch_id = self.transaction_batch_id

        transaction_date: str | Unset = UNSET
        if not isinstance(self.transaction_date, Unset):
            transaction_date = self.transaction_date.isoformat()

        unit_id = self.unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_id": integration_id,
            }
        )
        if amount_in_cents is not UNSET:
            field_dict["amount_in_cents"] = amount_in_cents
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if charge_code_id is not UNSET:
            field_dict["charge_code_id"] = charge_code_id
        if description is not UNSET:
            field_dict["description"] = description
        if financial_account_id is not UNSET:
            field_dict["financial_account_id"] = financial_account_id
        if is_approval_required is not UNSET:
            field_dict["is_approval_required"] = is_approval_required
        if lease_id is not UNSET:
            field_dict["lease_id"] = lease_id
        if notes is not UNSET:
            field_dict["notes"] = notes
        if post_month is not UNSET:
            field_dict["post_month"] = post_month
        if property_id is not UNSET:
            field_dict["property_id"] = property_id
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if resident_id is not UNSET:
            field_dict["resident_id"] = resident_id
        if third_party_charge_id is not UNSET:
            field_dict["third_party_charge_id"] = third_party_charge_id
        if transaction_batch_id is not UNSET:
            field_dict["transaction_batch_id"] = transaction_batch_id
        if transaction_date is not UNSET:
            field_dict["transaction_date"] = transaction_date
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "CreateResidentChargeRequest"), "str")

            _field = "amount_in_cents"
            amount_in_cents = conform(d.pop("amount_in_cents", UNSET), "int")

            _field = "batch_id"
            batch_id = conform(d.pop("batch_id", UNSET), "str")

            _field = "charge_code_id"
            charge_code_id = conform(d.pop("charge_code_id", UNSET), "str")

            _field = "description"
            description = conform(d.pop("description", UNSET), "str")

            _field = "financial_account_id"
            financial_account_id = conform(d.pop("financial_account_id", UNSET), "str")

            _field = "is_approval_required"
            is_approval_required = conform(d.pop("is_approval_required", UNSET), "bool")

            _field = "lease_id"
            lease_id = conform(d.pop("lease_id", UNSET), "str")

            _field = "notes"
            notes = conform(d.pop("notes", UNSET), "str")

            _field = "post_month"
            post_month = conform(d.pop("post_month", UNSET), "str")

            _field = "property_id"
            property_id = conform(d.pop("property_id", UNSET), "str")

            _field = "reference_number"
            reference_number = conform(d.pop("reference_number", UNSET), "str")

            _field = "resident_id"
            resident_id = conform(d.pop("resident_id", UNSET), "str")

            _field = "third_party_charge_id"
            third_party_charge_id = conform(d.pop("third_party_charge_id", UNSET), "str")

            _field = "transaction_batch_id"
            transaction_batch_id = conform(d.pop("transaction_batch_id", UNSET), "str")

            _field = "transaction_date"
            _transaction_date = d.pop("transaction_date", UNSET)
            transaction_date: datetime.datetime | Unset
            if isinstance(_transaction_date, Unset):
                transaction_date = UNSET
            else:
                transaction_date = datetime.datetime.fromisoformat(_transaction_date)

            _field = "unit_id"
            unit_id = conform(d.pop("unit_id", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateResidentChargeRequest", _field) from _failure
        _instance = cls(
            integration_id=integration_id,
            amount_in_cents=amount_in_cents,
            batch_id=batch_id,
            charge_code_id=charge_code_id,
            description=description,
            financial_account_id=financial_account_id,
            is_approval_required=is_approval_required,
            lease_id=lease_id,
            notes=notes,
            post_month=post_month,
            property_id=property_id,
            reference_number=reference_number,
            resident_id=resident_id,
            third_party_charge_id=third_party_charge_id,
            transaction_batch_id=transaction_batch_id,
            transaction_date=transaction_date,
            unit_id=unit_id,
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
