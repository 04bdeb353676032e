from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error
from ..models.update_deposit_summary_request_payment_method import (
    UpdateDepositSummaryRequestPaymentMethod,
    check_update_deposit_summary_request_payment_method,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateDepositSummaryRequest")


@_attrs_define
class UpdateDepositSummaryRequest:
    """
    Attributes:
        check_cleared_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        check_number (str | Unset): Length at least 1.
        check_run_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        financial_account_id (str | Unset):
        is_not_reconciled (bool | Unset):
        notes (str | Unset): Length at least 1.
        payment_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        payment_method (UpdateDepositSummaryRequestPaymentMethod | Unset): One of 'CHECK', 'EFT'.
        post_month (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        total_amount_in_cents (int | Unset): Greater than 0.
        x_bank_id (str | Unset): Length at least 1.
    """

    check_cleared_date: str | Unset = UNSET
    check_number: str | Unset = UNSET
    check_run_date: str | Unset = UNSET
    financial_account_id: str | Unset = UNSET
    is_not_reconciled: bool | Unset = UNSET
    notes: str | Unset = UNSET
    payment_date: str | Unset = UNSET
    payment_method: UpdateDepositSummaryRequestPaymentMethod | Unset = UNSET
    post_month: str | Unset = UNSET
    total_amount_in_cents: int | Unset = UNSET
    x_bank_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        check_cleared_date = self.check_cleared_date

        check_number = self.check_number

        check_run_date = self.check_run_date

        financial_account_id = self.financial_account_id

        is_not_reconciled = self.is_not_reconciled

        notes = self.notes

        payment_date = self.payment_date

        payment_method: str | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method

        post_month = self.post_month

        total_amount_in_cents = self.total_amount_in_cents

        x_bank_id = self.x_bank_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if check_cleared_date is not UNSET:
            field_dict["check_cleared_date"] = check_cleared_date
        if check_number is not UNSET:
            field_dict["check_number"] = check_number
        if check_run_date is not UNSET:
            field_dict["check_run_date"] = check_run_date
        if financial_account_id is not UNSET:
            field_dict["financial_account_id"] = financial_account_id
        if is_not_reconciled is not UNSET:
            field_dict["is_not_reconciled"] = is_not_reconciled
        if notes is not UNSET:
            field_dict["notes"] = notes
        if payment_date is not UNSET:
            field_dict["payment_date"] = payment_date
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if post_month is not UNSET:
            field_dict["post_month"] = post_month
        if total_amount_in_cents is not UNSET:
            field_dict["total_amount_in_cents"] = total_amount_in_cents
        if x_bank_id is not UNSET:
            field_dict["x_bank_id"] = x_bank_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "check_cleared_date"
            check_cleared_date = conform(d.pop("check_cleared_date", UNSET), "str")

            _field = "check_number"
            check_number = conform(d.pop("check_number", UNSET), "str")

            _field = "check_run_date"
            check_run_date = conform(d.pop("check_run_date", UNSET), "str")

            _field = "financial_account_id"
            financial_account_id = conform(d.pop("financial_account_id", UNSET), "str")

            _field = "is_not_reconciled"
            is_not_reconciled = conform(d.pop("is_not_reconciled", UNSET), "bool")

            _field = "notes"
            notes = conform(d.pop("notes", UNSET), "str")

            _field = "payment_date"
            payment_date = conform(d.pop("payment_date", UNSET), "str")

            _field = "payment_method"
            _payment_method = d.pop("payment_method", UNSET)
            payment_method: UpdateDepositSummaryRequestPaymentMethod | Unset
            if isinstance(_payment_method, Unset):
                payment_method = UNSET
            else:
                payment_method = check_update_deposit_summary_request_payment_method(_payment_method)

            _field = "post_month"
            post_month = conform(d.pop("post_month", UNSET), "str")

            _field = "total_amount_in_cents"
            total_amount_in_cents = conform(d.pop("total_amount_in_cents", UNSET), "int")

            _field = "x_bank_id"
            x_bank_id = conform(d.pop("x_bank_id", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "UpdateDepositSummaryRequest", _field) from _failure
        _instance = cls(
            check_cleared_date=check_cleared_date,
            check_number=check_number,
            check_run_date=check_run_date,
            financial_account_id=financial_account_id,
            is_not_reconciled=is_not_reconciled,
            notes=notes,
            payment_date=payment_date,
            payment_method=payment_method,
            post_month=post_month,
            total_amount_in_cents=total_amount_in_cents,
            x_bank_id=x_bank_id,
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
