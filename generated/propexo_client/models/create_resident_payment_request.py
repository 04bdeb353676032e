from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.create_resident_payment_request_payment_type import (
    CreateResidentPaymentRequestPaymentType,
    check_create_resident_payment_request_payment_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateResidentPaymentRequest")


@_attrs_define
class CreateResidentPaymentRequest:
    """
    Attributes:
        integration_id (str):
        allocate_prepays (bool | Unset):
        amount_in_cents (int | Unset):
        batch_id (str | Unset):
        charge_code_id (str | Unset):
        description (str | Unset):
        financial_account_id (str | Unset):
        lease_id (str | Unset):
        notes (str | Unset):
        payment_type (CreateResidentPaymentRequestPaymentType | Unset): One of 'ACH', 'Cash', 'Cashiers Check', 'Check',
            'Credit Card', 'Debit Card', 'eCheck', 'Money Order'.
        property_id (str | Unset):
        reference_number (str | Unset):
        resident_id (str | Unset):
        send_email_receipt (bool | Unset):
        transaction_date (datetime.datetime | Unset):
        unit_id (str | Unset):
    """

    integration_id: str
    allocate_prepays: bool | Unset = UNSET
    amount_in_cents: int | Unset = UNSET
    batch_id: str | Unset = UNSET
    charge_code_id: str | Unset = UNSET
    description: str | Unset = UNSET
    financial_account_id: str | Unset = UNSET
    lease_id: str | Unset = UNSET
    notes: str | Unset = UNSET
    payment_type: CreateResidentPaymentRequestPaymentType | Unset = UNSET
    property_id: str | Unset = UNSET
    reference_number: str | Unset = UNSET
    resident_id: str | Unset = UNSET
    send_email_receipt: bool | Unset = UNSET
    transaction_date: datetime.datetime | Unset = UNSET
    unit_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        allocate_prepays = self.allocate_prepays

        amount_in_cents = self.amount_in_cents

        batch_id = self.batch_id

        charge_code_id = self.charge_code_id

        description = self.description

        financial_account_id = self.financial_account_id

        lease_id = self.lease_id

        notes = self.notes

        payment_type: str | Unset = UNSET
        if not isinstance(self.payment_type, Unset):
            payment_type = self.payment_type

        property_id = self.property_id

        reference_number = self.reference_number

        resident_id = self.resident_id

        send_email_receipt = self.send_email_receipt

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
        if allocate_prepays is not UNSET:
            field_dict["allocate_prepays"] = allocate_prepays
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
        if lease_id is not UNSET:
            field_dict["lease_id"] = lease_id
        if notes is not UNSET:
            field_dict["notes"] = notes
        if payment_type is not UNSET:
            field_dict["payment_type"] = payment_type
        if property_id is not UNSET:
            field_dict["property_id"] = property_id
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if resident_id is not UNSET:
            field_dict["resident_id"] = resident_id
        if send_email_receipt is not UNSET:
            field_dict["send_email_receipt"] = send_email_receipt
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
            integration_id = conform(pop_required(d, "integration_id", "CreateResidentPaymentRequest"), "str")

            _field = "allocate_prepays"
            allocate_prepays = conform(d.pop("allocate_prepays", UNSET), "bool")

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

            _field = "lease_id"
            lease_id = conform(d.pop("lease_id", UNSET), "str")

            _field = "notes"
            notes = conform(d.pop("notes", UNSET), "str")

            _field = "payment_type"
            _payment_type = d.pop("payment_type", UNSET)
            payment_type: CreateResidentPaymentRequestPaymentType | Unset
            if isinstance(_payment_type, Unset):
                payment_type = UNSET
            else:
                payment_type = check_create_resident_payment_request_payment_type(_payment_type)

            _field = "property_id"
            property_id = conform(d.pop("property_id", UNSET), "str")

            _field = "reference_number"
            reference_number = conform(d.pop("reference_number", UNSET), "str")

            _field = "resident_id"
            resident_id = conform(d.pop("resident_id", UNSET), "str")

            _field = "send_email_receipt"
            send_email_receipt = conform(d.pop("send_email_receipt", UNSET), "bool")

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
            raise field_error(_failure, "CreateResidentPaymentRequest", _field) from _failure
        _instance = cls(
            integration_id=integration_id,
            allocate_prepays=allocate_prepays,
            amount_in_cents=amount_in_cents,
            batch_id=batch_id,
            charge_code_id=charge_code_id,
            description=description,
            financial_account_id=financial_account_id,
            lease_id=lease_id,
            notes=notes,
            payment_type=payment_type,
            property_id=property_id,
            reference_number=reference_number,
            resident_id=resident_id,
            send_email_receipt=send_email_receipt,
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
