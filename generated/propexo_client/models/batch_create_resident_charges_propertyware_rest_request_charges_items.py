from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchCreateResidentChargesPropertywareRestRequestChargesItems")


@_attrs_define
class BatchCreateResidentChargesPropertywareRestRequestChargesItems:
    """
    Attributes:
        amount_in_cents (int): At least 0.
        financial_account_id (str):
        lease_id (str):
        transaction_date (str): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        description (str | Unset):
        reference_number (str | Unset):
    """

    amount_in_cents: int
    financial_account_id: str
    lease_id: str
    transaction_date: str
    description: str | Unset = UNSET
    reference_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_in_cents = self.amount_in_cents

        financial_account_id = self.financial_account_id

        lease_id = self.lease_id

        transaction_date = self.transaction_date

        description = self.description

        reference_number = self.reference_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_in_cents": amount_in_cents,
                "financial_account_id": financial_account_id,
                "lease_id": lease_id,
                "transaction_date": transaction_date,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "amount_in_cents"
            amount_in_cents = conform(
                pop_required(d, "amount_in_cents", "BatchCreateResidentChargesPropertywareRestRequestChargesItems"),
                "int",
            )

            _field = "financial_account_id"
            financial_account_id = conform(
                pop_required(
                    d, "financial_account_id", "BatchCreateResidentChargesPropertywareRestRequestChargesItems"
                ),
                "str",
            )

            _field = "lease_id"
            lease_id = conform(
                pop_required(d, "lease_id", "BatchCreateResidentChargesPropertywareRestRequestChargesItems"), "str"
            )

            _field = "transaction_date"
            transaction_date = conform(
                pop_required(d, "transaction_date", "BatchCreateResidentChargesPropertywareRestRequestChargesItems"),
                "str",
            )

            _field = "description"
            description = conform(d.pop("description", UNSET), "str")

            _field = "reference_number"
            reference_number = conform(d.pop("reference_number", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(
                _failure, "BatchCreateResidentChargesPropertywareRestRequestChargesItems", _field
            ) from _failure
        _instance = cls(
            amount_in_cents=amount_in_cents,
            financial_account_id=financial_account_id,
            lease_id=lease_id,
            transaction_date=transaction_date,
            description=description,
            reference_number=reference_number,
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
