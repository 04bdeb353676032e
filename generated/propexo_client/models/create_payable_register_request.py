from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.create_payable_register_request_invoice_status import (
    CreatePayableRegisterRequestInvoiceStatus,
    check_create_payable_register_request_invoice_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_payable_register_request_payable_register_items_item import (
        CreatePayableRegisterRequestPayableRegisterItemsItem,
    )


T = TypeVar("T", bound="CreatePayableRegisterRequest")


@_attrs_define
class CreatePayableRegisterRequest:
    """
    Attributes:
        integration_id (str):
        ap_financial_account_id (str | Unset):
        cash_financial_account_id (str | Unset):
        discount_amount_in_cents (float | Unset):
        discount_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        discount_percent (str | Unset): Pattern: `^([1-9]\\d?|0\\.(0[1-9]|[1-9]\\d?)|[1-9]\\d?\\.\\d{1,2})$`.
        display_type (str | Unset):
        due_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        expense_type (str | Unset):
        invoice_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        invoice_number (str | Unset):
        invoice_status (CreatePayableRegisterRequestInvoiceStatus | Unset): One of 'READY', 'KEYED', 'WORKFLOW',
            'APPROVED', 'POSTED', 'OTHER'.
        is_adjustment (bool | Unset):
        is_consolidate_checks (bool | Unset):
        is_credit_memo (bool | Unset):
        is_exempt_from_1099 (bool | Unset):
        notes (str | Unset): Length at most 512.
        payable_register_items (list[CreatePayableRegisterRequestPayableRegisterItemsItem] | Unset): At least 1 items.
        total_amount_in_cents (float | Unset):
        user_defined_field_2 (str | Unset):
        user_defined_field_3 (str | Unset):
        user_defined_field_4 (str | Unset):
        user_defined_field_5 (str | Unset):
        user_defined_field_6 (str | Unset):
        vendor_id (str | Unset):
    """

    integration_id: str
    ap_financial_account_id: str | Unset = UNSET
    cash_financial_account_id: str | Unset = UNSET
    discount_amount_in_cents: float | Unset = UNSET
    discount_date: str | Unset = UNSET
    discount_percent: str | Unset = UNSET
    display_type: str | Unset = UNSET
    due_date: str | Unset = UNSET
    expense_type: str | Unset = UNSET
    invoice_date: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    invoice_status: CreatePayableRegisterRequestInvoiceStatus | Unset = UNSET
    is_adjustment: bool | Unset = UNSET
    is_consolidate_checks: bool | Unset = UNSET
    is_credit_memo: bool | Unset = UNSET
    is_exempt_from_1099: bool | Unset = UNSET
    notes: str | Unset = UNSET
    payable_register_items: list[CreatePayableRegisterRequestPayableRegisterItemsItem] | Unset = UNSET
    total_amount_in_cents: float | Unset = UNSET
    user_defined_field_2: str | Unset = UNSET
    user_defined_field_3: str | Unset = UNSET
    user_defined_field_4: str | Unset = UNSET
    user_defined_field_5: str | Unset = UNSET
    user_defined_field_6: str | Unset = UNSET
    vendor_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        ap_financial_account_id = self.ap_financial_account_id

        cash_financial_account_id = self.cash_financial_account_id

        discount_amount_in_cents = self.discount_amount_in_cents

        discount_date = self.discount_date

        discount_percent = self.discount_percent

        display_type = self.display_type

        due_date = self.due_date

        expense_type = self.expense_type

        invoice_date = self.invoice_date

        invoice_number = self.invoice_number

        invoice_status: str | Unset = UNSET
        if not isinstance(self.invoice_status, Unset):
            invoice_status = self.invoice_status

        is_adjustment = self.is_adjustment

        is_consolidate_checks = self.is_consolidate_checks

        is_credit_memo = self.is_credit_memo

        is_exempt_from_1099 = self.is_exempt_from_1099

        notes = self.notes

        payable_register_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payable_register_items, Unset):
            payable_register_items = []
            for payable_register_items_item_data in self.payable_register_items:
                payable_register_items_item = payable_register_items_item_data.to_dict()
                payable_register_items.append(payable_register_items_item)

        total_amount_in_cents = self.total_amount_in_cents

        user_defined_field_2 = self.user_defined_field_2

        user_defined_field_3 = self.user_defined_field_3

        user_defined_field_4 = self.user_defined_field_4

        user_defined_field_5 = self.user_defined_field_5

        user_defined_field_6 = self.user_defined_field_6

        vendor_id = self.vendor_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_id": integration_id,
            }
        )
        if ap_financial_account_id is not UNSET:
            field_dict["ap_financial_account_id"] = ap_financial_account_id
        if cash_financial_account_id is not UNSET:
            field_dict["cash_financial_account_id"] = cash_financial_account_id
        if discount_amount_in_cents is not UNSET:
            field_dict["discount_amount_in_cents"] = discount_amount_in_cents
        if discount_date is not UNSET:
            field_dict["discount_date"] = discount_date
        if discount_percent is not UNSET:
            field_dict["discount_percent"] = discount_percent
        if display_type is not UNSET:
            field_dict["display_type"] = display_type
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if expense_type is not UNSET:
            field_dict["expense_type"] = expense_type
        if invoice_date is not UNSET:
            field_dict["invoice_date"] = invoice_date
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if invoice_status is not UNSET:
            field_dict["invoice_status"] = invoice_status
        if is_adjustment is not UNSET:
            field_dict["is_adjustment"] = is_adjustment
        if is_consolidate_checks is not UNSET:
            field_dict["is_consolidate_checks"] = is_consolidate_checks
        if is_credit_memo is not UNSET:
            field_dict["is_credit_memo"] = is_credit_memo
        if is_exempt_from_1099 is not UNSET:
            field_dict["is_exempt_from_1099"] = is_exempt_from_1099
        if notes is not UNSET:
            field_dict["notes"] = notes
        if payable_register_items is not UNSET:
            field_dict["payable_register_items"] = payable_register_items
        if total_amount_in_cents is not UNSET:
            field_dict["total_amount_in_cents"] = total_amount_in_cents
        if user_defined_field_2 is not UNSET:
            field_dict["user_defined_field_2"] = user_defined_field_2
        if user_defined_field_3 is not UNSET:
            field_dict["user_defined_field_3"] = user_defined_field_3
        if user_defined_field_4 is not UNSET:
            field_dict["user_defined_field_4"] = user_defined_field_4
        if user_defined_field_5 is not UNSET:
            field_dict["user_defined_field_5"] = user_defined_field_5
        if user_defined_field_6 is not UNSET:
            field_dict["user_defined_field_6"] = user_defined_field_6
        if vendor_id is not UNSET:
            field_dict["vendor_id"] = vendor_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_payable_register_request_payable_register_items_item import (
            CreatePayableRegisterRequestPayableRegisterItemsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _field = ""
        try:
            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "CreatePayableRegisterRequest"), "str")

            _field = "ap_financial_account_id"
            ap_financial_account_id = conform(d.pop("ap_financial_account_id", UNSET), "str")

            _field = "cash_financial_account_id"
            cash_financial_account_id = conform(d.pop("cash_financial_account_id", UNSET), "str")

            _field = "discount_amount_in_cents"
            discount_amount_in_cents = conform(d.pop("discount_amount_in_cents", UNSET), "float")

            _field = "discount_date"
            discount_date = conform(d.pop("discount_date", UNSET), "str")

            _field = "discount_percent"
            discount_percent = conform(d.pop("discount_percent", UNSET), "str")

            _field = "display_type"
            display_type = conform(d.pop("display_type", UNSET), "str")

            _field = "due_date"
            due_date = conform(d.pop("due_date", UNSET), "str")

            _field = "expense_type"
            expense_type = conform(d.pop("expense_type", UNSET), "str")

            _field = "invoice_date"
            invoice_date = conform(d.pop("invoice_date", UNSET), "str")

            _field = "invoice_number"
            invoice_number = conform(d.pop("invoice_number", UNSET), "str")

            _field = "invoice_status"
            _invoice_status = d.pop("invoice_status", UNSET)
            invoice_status: CreatePayableRegisterRequestInvoiceStatus | Unset
            if isinstance(_invoice_status, Unset):
                invoice_status = UNSET
            else:
                invoice_status = check_create_payable_register_request_invoice_status(_invoice_status)

            _field = "is_adjustment"
            is_adjustment = conform(d.pop("is_adjustment", UNSET), "bool")

            _field = "is_consolidate_checks"
            is_consolidate_checks = conform(d.pop("is_consolidate_checks", UNSET), "bool")

            _field = "is_credit_memo"
            is_credit_memo = conform(d.pop("is_credit_memo", UNSET), "bool")

            _field = "is_exempt_from_1099"
            is_exempt_from_1099 = conform(d.pop("is_exempt_from_1099", UNSET), "bool")

            _field = "notes"
            notes = conform(d.pop("notes", UNSET), "str")

            _field = "payable_register_items"
            _payable_register_items = d.pop("payable_register_items", UNSET)
            payable_register_items: list[CreatePayableRegisterRequestPayableRegisterItemsItem] | Unset = UNSET
            if _payable_register_items is not UNSET:
                payable_register_items = []
                for payable_register_items_item_data in _payable_register_items:
                    payable_register_items_item = CreatePayableRegisterRequestPayableRegisterItemsItem.from_dict(
                        payable_register_items_item_data
                    )

                    payable_register_items.append(payable_register_items_item)

            _field = "total_amount_in_cents"
            total_amount_in_cents = conform(d.pop("total_amount_in_cents", UNSET), "float")

            _field = "user_defined_field_2"
            user_defined_field_2 = conform(d.pop("user_defined_field_2", UNSET), "str")

            _field = "user_defined_field_3"
            user_defined_field_3 = conform(d.pop("user_defined_field_3", UNSET), "str")

            _field = "user_defined_field_4"
            user_defined_field_4 = conform(d.pop("user_defined_field_4", UNSET), "str")

            _field = "user_defined_field_5"
            user_defined_field_5 = conform(d.pop("user_defined_field_5", UNSET), "str")

            _field = "user_defined_field_6"
            user_defined_field_6 = conform(d.pop("user_defined_field_6", UNSET), "str")

            _field = "vendor_id"
            vendor_id = conform(d.pop("vendor_id", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreatePayableRegisterRequest", _field) from _failure
        _instance = cls(
            integration_id=integration_id,
            ap_financial_account_id=ap_financial_account_id,
            cash_financial_account_id=cash_financial_account_id,
            discount_amount_in_cents=discount_amount_in_cents,
            discount_date=discount_date,
            discount_percent=discount_percent,
            display_type=display_type,
            due_date=due_date,
            expense_type=expense_type,
            invoice_date=invoice_date,
            invoice_number=invoice_number,
            invoice_status=invoice_status,
            is_adjustment=is_adjustment,
            is_consolidate_checks=is_consolidate_checks,
            is_credit_memo=is_credit_memo,
            is_exempt_from_1099=is_exempt_from_1099,
            notes=notes,
            payable_register_items=payable_register_items,
            total_amount_in_cents=total_amount_in_cents,
            user_defined_field_2=user_defined_field_2,
            user_defined_field_3=user_defined_field_3,
            user_defined_field_4=user_defined_field_4,
            user_defined_field_5=user_defined_field_5,
            user_defined_field_6=user_defined_field_6,
            vendor_id=vendor_id,
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
