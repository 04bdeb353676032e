from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

T = TypeVar("T", bound="BatchCreateResidentChargesResmanRequestChargesItems")


@_attrs_define
class BatchCreateResidentChargesResmanRequestChargesItems:
    """
    Attributes:
        amount_in_cents (int):
        batch_id (str):
        charge_code_id (str):
        description (str):
        notes (str):
        reference_number (str):
        resident_id (str):
        transaction_date (datetime.datetime):
    """

    amount_in_cents: int
    batch_id: str
    charge_code_id: str
    description: str
    notes: str
    reference_number: str
    resident_id: str
    transaction_date: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_in_cents = self.amount_in_cents

        batch_id = self.batch_id

        charge_code_id = self.charge_code_id

        description = self.description

        notes = self.notes

        reference_number = self.reference_number

        resident_id = self.resident_id

        transaction_date = self.transaction_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_in_cents": amount_in_cents,
                "batch_id": batch_id,
                "charge_code_id": charge_code_id,
                "description": description,
                "notes": notes,
                "reference_number": reference_number,
                "resident_id": resident_id,
                "transaction_date": transaction_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "amount_in_cents"
            amount_in_cents = conform(
                pop_required(d, "amount_in_cents", "BatchCreateResidentChargesResmanRequestChargesItems"), "int"
            )

            _field = "batch_id"
            batch_id = conform(
                pop_required(d, "batch_id", "BatchCreateResidentChargesResmanRequestChargesItems"), "str"
            )

            _field = "charge_code_id"
            charge_code_id = conform(
                pop_required(d, "charge_code_id", "BatchCreateResidentChargesResmanRequestChargesItems"), "str"
            )

            _field = "description"
            description = conform(
                pop_required(d, "description", "BatchCreateResidentChargesResmanRequestChargesItems"), "str"
            )

            _field = "notes"
            notes = conform(pop_required(d, "notes", "BatchCreateResidentChargesResmanRequestChargesItems"), "str")

            _field = "reference_number"
            reference_number = conform(
                pop_required(d, "reference_number", "BatchCreateResidentChargesResmanRequestChargesItems"), "str"
            )

            _field = "resident_id"
            resident_id = conform(
                pop_required(d, "resident_id", "BatchCreateResidentChargesResmanRequestChargesItems"), "str"
            )

            _field = "transaction_date"
            transaction_date = datetime.datetime.fromisoformat(
                pop_required(d, "transaction_date", "BatchCreateResidentChargesResmanRequestChargesItems")
            )

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "BatchCreateResidentChargesResmanRequestChargesItems", _field) from _failure
        _instance = cls(
            amount_in_cents=amount_in_cents,
            batch_id=batch_id,
            charge_code_id=charge_code_id,
            description=description,
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
