from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.v1_deposit_summaries_deposit_summary_id_put_input_payment_method import (
    V1DepositSummariesDepositSummaryIdPutInputPaymentMethod,
    check_v1_deposit_summaries_deposit_summary_id_put_input_payment_method,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="V1DepositSummariesDepositSummaryIdPutInput")


@_attrs_define
class V1DepositSummariesDepositSummaryIdPutInput:
    """
    Attributes:
        check_cleared_date (datetime.datetime | str | Unset):
        check_number (str | Unset):
        check_run_date (datetime.datetime | str | Unset):
        financial_account_id (str | Unset):
        is_not_reconciled (bool | Unset):
        notes (str | Unset):
        payment_date (datetime.datetime | str | Unset):
        payment_method (V1DepositSummariesDepositSummaryIdPutInputPaymentMethod | Unset):
        post_month (datetime.datetime | str | Unset):
        total_amount_in_cents (int | Unset):
        x_bank_id (str | Unset):
    """

    check_cleared_date: datetime.datetime | str | Unset = UNSET
    check_number: str | Unset = UNSET
    check_run_date: datetime.datetime | str | Unset = UNSET
    financial_account_id: str | Unset = UNSET
    is_not_reconciled: bool | Unset = UNSET
    notes: str | Unset = UNSET
    payment_date: datetime.datetime | str | Unset = UNSET
    payment_method: V1DepositSummariesDepositSummaryIdPutInputPaymentMethod | Unset = UNSET
    post_month: datetime.datetime | str | Unset = UNSET
    total_amount_in_cents: int | Unset = UNSET
    x_bank_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        check_cleared_date: str | Unset
        if isinstance(self.check_cleared_date, Unset):
            check_cleared_date = UNSET
        elif isinstance(self.check_cleared_date, datetime.datetime):
            check_cleared_date = self.check_cleared_date.isoformat()
        else:
            check_cleared_date = self.check_cleared_date

        check_number = self.check_number

        check_run_date: str | Unset
        if isinstance(self.check_run_date, Unset):
            check_run_date = UNSET
        elif isinstance(self.check_run_date, datetime.datetime):
            check_run_date = self.check_run_date.isoformat()
        else:
            check_run_date = self.check_run_date

        financial_account_id = self.financial_account_id

        is_not_reconciled = self.is_not_reconciled

        notes = self.notes

        payment_date: str | Unset
        if isinstance(self.payment_date, Unset):
            payment_date = UNSET
        elif isinstance(self.payment_date, datetime.datetime):
            payment_date = self.payment_date.isoformat()
        else:
            payment_date = self.payment_date

        payment_method: str | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method

        post_month: str | Unset
        if isinstance(self.post_month, Unset):
            post_month = UNSET
        elif isinstance(self.post_month, datetime.datetime):
            post_month = self.post_month.isoformat()
        else:
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

        def _parse_check_cleared_date(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                check_cleared_date_type_0 = datetime.datetime.fromisoformat(data)

                return check_cleared_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str | Unset, data)

        check_cleared_date = _parse_check_cleared_date(d.pop("check_cleared_date", UNSET))

        check_number = d.pop("check_number", UNSET)

        def _parse_check_run_date(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                check_run_date_type_0 = datetime.datetime.fromisoformat(data)

                return check_run_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str | Unset, data)

        check_run_date = _parse_check_run_date(d.pop("check_run_date", UNSET))

        financial_account_id = d.pop("financial_account_id", UNSET)

        is_not_reconciled = d.pop("is_not_reconciled", UNSET)

        notes = d.pop("notes", UNSET)

        def _parse_payment_date(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payment_date_type_0 = datetime.datetime.fromisoformat(data)

                return payment_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str | Unset, data)

        payment_date = _parse_payment_date(d.pop("payment_date", UNSET))

        _payment_method = d.pop("payment_method", UNSET)
        payment_method: V1DepositSummariesDepositSummaryIdPutInputPaymentMethod | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = check_v1_deposit_summaries_deposit_summary_id_put_input_payment_method(_payment_method)

        def _parse_post_month(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                post_month_type_0 = datetime.datetime.fromisoformat(data)

                return post_month_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str | Unset, data)

        post_month = _parse_post_month(d.pop("post_month", UNSET))

        total_amount_in_cents = d.pop("total_amount_in_cents", UNSET)

        x_bank_id = d.pop("x_bank_id", UNSET)

        v1_deposit_summaries_deposit_summary_id_put_input = cls(
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

        v1_deposit_summaries_deposit_summary_id_put_input.additional_properties = d
        return v1_deposit_summaries_deposit_summary_id_put_input

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
