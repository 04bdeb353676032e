from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

T = TypeVar("T", bound="CreateLeaseRequestResidentChargesItem")


@_attrs_define
class CreateLeaseRequestResidentChargesItem:
    """
    Attributes:
        amount_in_cents (int): Greater than 0.
        description (str):
        financial_account_id (str):
        is_prorated (bool):
        post_date (str): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
    """

    amount_in_cents: int
    description: str
    financial_account_id: str
    is_prorated: bool
    post_date: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_in_cents = self.amount_in_cents

        description = self.description

        financial_account_id = self.financial_account_id

        is_prorated = self.is_prorated

        post_date = self.post_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_in_cents": amount_in_cents,
                "description": description,
                "financial_account_id": financial_account_id,
                "is_prorated": is_prorated,
                "post_date": post_date,
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
                pop_required(d, "amount_in_cents", "CreateLeaseRequestResidentChargesItem"), "int"
            )

            _field = "description"
            description = conform(pop_required(d, "description", "CreateLeaseRequestResidentChargesItem"), "str")

            _field = "financial_account_id"
            financial_account_id = conform(
                pop_required(d, "financial_account_id", "CreateLeaseRequestResidentChargesItem"), "str"
            )

            _field = "is_prorated"
            is_prorated = conform(pop_required(d, "is_prorated", "CreateLeaseRequestResidentChargesItem"), "bool")

            _field = "post_date"
            post_date = conform(pop_required(d, "post_date", "CreateLeaseRequestResidentChargesItem"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateLeaseRequestResidentChargesItem", _field) from _failure
        _instance = cls(
            amount_in_cents=amount_in_cents,
            description=description,
            financial_account_id=financial_account_id,
            is_prorated=is_prorated,
            post_date=post_date,
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
