from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchCreateResidentChargesYardiRequestChargesItems")


@_attrs_define
class BatchCreateResidentChargesYardiRequestChargesItems:
    """
    Attributes:
        amount_in_cents (int):
        charge_code_id (str):
        financial_account_id (str):
        property_id (str):
        resident_id (str):
        transaction_date (datetime.datetime):
        unit_id (str):
        description (str | Unset):
        post_month (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
    """

    amount_in_cents: int
    charge_code_id: str
    financial_account_id: str
    property_id: str
    resident_id: str
    transaction_date: datetime.datetime
    unit_id: str
    description: str | Unset = UNSET
    post_month: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_in_cents = self.amount_in_cents

        charge_code_id = self.charge_code_id

        financial_account_id = self.financial_account_id

        property_id = self.property_id

        resident_id = self.resident_id

        transaction_date = self.transaction_date.isoformat()

        unit_id = self.unit_id

        description = self.description

        post_month = self.post_month

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_in_cents": amount_in_cents,
                "charge_code_id": charge_code_id,
                "financial_account_id": financial_account_id,
                "property_id": property_id,
                "resident_id": resident_id,
                "transaction_date": transaction_date,
                "unit_id": unit_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if post_month is not UNSET:
            field_dict["post_month"] = post_month

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "amount_in_cents"
            amount_in_cents = conform(
                pop_required(d, "amount_in_cents", "BatchCreateResidentChargesYardiRequestChargesItems"), "int"
            )

            _field = "charge_code_id"
            charge_code_id = conform(
                pop_required(d, "charge_code_id", "BatchCreateResidentChargesYardiRequestChargesItems"), "str"
            )

            _field = "financial_account_id"
            financial_account_id = conform(
                pop_required(d, "financial_account_id", "BatchCreateResidentChargesYardiRequestChargesItems"), "str"
            )

            _field = "property_id"
            property_id = conform(
                pop_required(d, "property_id", "BatchCreateResidentChargesYardiRequestChargesItems"), "str"
            )

            _field = "resident_id"
            resident_id = conform(
                pop_required(d, "resident_id", "BatchCreateResidentChargesYardiRequestChargesItems"), "str"
            )

            _field = "transaction_date"
            transaction_date = datetime.datetime.fromisoformat(
                pop_required(d, "transaction_date", "BatchCreateResidentChargesYardiRequestChargesItems")
            )

            _field = "unit_id"
            unit_id = conform(pop_required(d, "unit_id", "BatchCreateResidentChargesYardiRequestChargesItems"), "str")

            _field = "description"
            description = conform(d.pop("description", UNSET), "str")

            _field = "post_month"
            post_month = conform(d.pop("post_month", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "BatchCreateResidentChargesYardiRequestChargesItems", _field) from _failure
        _instance = cls(
            amount_in_cents=amount_in_cents,
            charge_code_id=charge_code_id,
            financial_account_id=financial_account_id,
            property_id=property_id,
            resident_id=resident_id,
            transaction_date=transaction_date,
            unit_id=unit_id,
            description=description,
            post_month=post_month,
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
