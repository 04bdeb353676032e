from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error
from ..models.update_invoice_request_status import UpdateInvoiceRequestStatus, check_update_invoice_request_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateInvoiceRequest")


@_attrs_define
class UpdateInvoiceRequest:
    """
    Attributes:
        check_number (str | Unset): Length at most 9.
        expense_period (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        item_number (int | Unset): Greater than 0.
        payment_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        payment_period (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        status (UpdateInvoiceRequestStatus | Unset): One of 'PAY', 'RELEASE', 'HOLD'.
    """

    check_number: str | Unset = UNSET
    expense_period: str | Unset = UNSET
    item_number: int | Unset = UNSET
    payment_date: str | Unset = UNSET
    payment_period: str | Unset = UNSET
    status: UpdateInvoiceRequestStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        check_number = self.check_number

        expense_period = self.expense_period

        item_number = self.item_number

        payment_date = self.payment_date

        payment_period = self.payment_period

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if check_number is not UNSET:
            field_dict["check_number"] = check_number
        if expense_period is not UNSET:
            field_dict["expense_period"] = expense_period
        if item_number is not UNSET:
            field_dict["item_number"] = item_number
        if payment_date is not UNSET:
            field_dict["payment_date"] = payment_date
        if payment_period is not UNSET:
            field_dict["payment_period"] = payment_period
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "check_number"
            check_number = conform(d.pop("check_number", UNSET), "str")

            _field = "expense_period"
            expense_period = conform(d.pop("expense_period", UNSET), "str")

            _field = "item_number"
            item_number = conform(d.pop("item_number", UNSET), "int")

            _field = "payment_date"
            payment_date = conform(d.pop("payment_date", UNSET), "str")

            _field = "payment_period"
            payment_period = conform(d.pop("payment_period", UNSET), "str")

            _field = "status"
            _status = d.pop("status", UNSET)
            status: UpdateInvoiceRequestStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = check_update_invoice_request_status(_status)

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "UpdateInvoiceRequest", _field) from _failure
        _instance = cls(
            check_number=check_number,
            expense_period=expense_period,
            item_number=item_number,
            payment_date=payment_date,
            payment_period=payment_period,
            status=status,
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
