from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_invoice_request_attachments_item import CreateInvoiceRequestAttachmentsItem
    from ..models.create_invoice_request_invoice_items_item import CreateInvoiceRequestInvoiceItemsItem


T = TypeVar("T", bound="CreateInvoiceRequest")


@_attrs_define
class CreateInvoiceRequest:
    """
    Attributes:
        integration_id (str):
        accounting_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        ap_financial_account_id (str | Unset):
        attachments (list[CreateInvoiceRequestAttachmentsItem] | Unset):
        cash_financial_account_id (str | Unset):
        description (str | Unset):
        discount_amount_in_cents (float | Unset):
        display_type (str | Unset):
        due_date (datetime.datetime | Unset):
        expense_type (str | Unset):
        invoice_date (datetime.datetime | Unset):
        invoice_items (list[CreateInvoiceRequestInvoiceItemsItem] | Unset):
        invoice_number (str | Unset):
        location_id (str | Unset):
        memo (str | Unset):
        notes (str | Unset):
        partner_name (str | Unset):
        post_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        post_month (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        property_id (str | Unset):
        purchase_order_number (str | Unset):
        scanned_copy_url (str | Unset):
        separate_check (bool | Unset):
        service_request_id (str | Unset):
        total_amount_in_cents (float | Unset):
        vendor_id (str | Unset):
        vendor_location_id (str | Unset):
    """

    integration_id: str
    accounting_date: str | Unset = UNSET
    ap_financial_account_id: str | Unset = UNSET
    attachments: list[CreateInvoiceRequestAttachmentsItem] | Unset = UNSET
    cash_financial_account_id: str | Unset = UNSET
    description: str | Unset = UNSET
    discount_amount_in_cents: float | Unset = UNSET
    display_type: str | Unset = UNSET
    due_date: datetime.datetime | Unset = UNSET
    expense_type: str | Unset = UNSET
    invoice_date: datetime.datetime | Unset = UNSET
    invoice_items: list[CreateInvoiceRequestInvoiceItemsItem] | Unset = UNSET
    invoice_number: str | Unset = UNSET
    location_id: str | Unset = UNSET
    memo: str | Unset = UNSET
    notes: str | Unset = UNSET
    partner_name: str | Unset = UNSET
    post_date: str | Unset = UNSET
    post_month: str | Unset = UNSET
    property_id: str | Unset = UNSET
    purchase_order_number: str | Unset = UNSET
    scanned_copy_url: str | Unset = UNSET
    separate_check: bool | Unset = UNSET
    service_request_id: str | Unset = UNSET
    total_amount_in_cents: float | Unset = UNSET
    vendor_id: str | Unset = UNSET
    vendor_location_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        accounting_date = self.accounting_date

        ap_financial_account_id = self.ap_financial_account_id

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        cash_financial_account_id = self.cash_financial_account_id

        description = self.description

        discount_amount_in_cents = self.discount_amount_in_cents

        display_type = self.display_type

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        expense_type = self.expense_type

        invoice_date: str | Unset = UNSET
        if not isinstance(self.invoice_date, Unset):
            invoice_date = self.invoice_date.isoformat()

        invoice_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoice_items, Unset):
            invoice_items = []
            for invoice_items_item_data in self.invoice_items:
                invoice_items_item = invoice_items_item_data.to_dict()
                invoice_items.append(invoice_items_item)

        invoice_number = self.invoice_number

        location_id = self.location_id

        memo = self.memo

        notes = self.notes

        partner_name = self.partner_name

        post_date = self.post_date

        post_month = self.post_month

        property_id = self.property_id

        purchase_order_number = self.purchase_order_number

        scanned_copy_url = self.scanned_copy_url

        separate_check = self.separate_check

        service_request_id = self.service_request_id

        total_amount_in_cents = self.total_amount_in_cents

        vendor_id = self.vendor_id

        vendor_location_id = self.vendor_location_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_id": integration_id,
            }
        )
        if accounting_date is not UNSET:
            field_dict["accounting_date"] = accounting_date
        if ap_financial_account_id is not UNSET:
            field_dict["ap_financial_account_id"] = ap_financial_account_id
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if cash_financial_account_id is not UNSET:
            field_dict["cash_financial_account_id"] = cash_financial_account_id
        if description is not UNSET:
            field_dict["description"] = description
        if discount_amount_in_cents is not UNSET:
            field_dict["discount_amount_in_cents"] = discount_amount_in_cents
        if display_type is not UNSET:
            field_dict["display_type"] = display_type
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if expense_type is not UNSET:
            field_dict["expense_type"] = expense_type
        if invoice_date is not UNSET:
            field_dict["invoice_date"] = invoice_date
        if invoice_items is not UNSET:
            field_dict["invoice_items"] = invoice_items
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if memo is not UNSET:
            field_dict["memo"] = memo
        if notes is not UNSET:
            field_dict["notes"] = notes
        if partner_name is not UNSET:
            field_dict["partner_name"] = partner_name
        if post_date is not UNSET:
            field_dict["post_date"] = post_date
        if post_month is not UNSET:
            field_dict["post_month"] = post_month
        if property_id is not UNSET:
            field_dict["property_id"] = property_id
        if purchase_order_number is not UNSET:
            field_dict["purchase_order_number"] = purchase_order_number
        if scanned_copy_url is not UNSET:
            field_dict["scanned_copy_url"] = scanned_copy_url
        if separate_check is not UNSET:
            field_dict["separate_check"] = separate_check
        if service_request_id is not UNSET:
            field_dict["service_request_id"] = service_request_id
        if total_amount_in_cents is not UNSET:
            field_dict["total_amount_in_cents"] = total_amount_in_cents
        if vendor_id is not UNSET:
            field_dict["vendor_id"] = vendor_id
        if vendor_location_id is not UNSET:
            field_dict["vendor_location_id"] = vendor_location_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_invoice_request_attachments_item import CreateInvoiceRequestAttachmentsItem  # noqa: PLC0415
        from ..models.create_invoice_request_invoice_items_item import CreateInvoiceRequestInvoiceItemsItem  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "CreateInvoiceRequest"), "str")

            _field = "accounting_date"
            accounting_date = conform(d.pop("accounting_date", UNSET), "str")

            _field = "ap_financial_account_id"
            ap_financial_account_id = conform(d.pop("ap_financial_account_id", UNSET), "str")

            _field = "attachments"
            _attachments = d.pop("attachments", UNSET)
            attachments: list[CreateInvoiceRequestAttachmentsItem] | Unset = UNSET
            if _attachments is not UNSET:
                attachments = []
                for attachments_item_data in _attachments:
                    attachments_item = CreateInvoiceRequestAttachmentsItem.from_dict(attachments_item_data)

                    attachments.append(attachments_item)

            _field = "cash_financial_account_id"
            cash_financial_account_id = conform(d.pop("cash_financial_account_id", UNSET), "str")

            _field = "description"
            description = conform(d.pop("description", UNSET), "str")

            _field = "discount_amount_in_cents"
            discount_amount_in_cents = conform(d.pop("discount_amount_in_cents", UNSET), "float")

            _field = "display_type"
            display_type = conform(d.pop("display_type", UNSET), "str")

            _field = "due_date"
            _due_date = d.pop("due_date", UNSET)
            due_date: datetime.datetime | Unset
            if isinstance(_due_date, Unset):
                due_date = UNSET
            else:
                due_date = datetime.datetime.fromisoformat(_due_date)

            _field = "expense_type"
            expense_type = conform(d.pop("expense_type", UNSET), "str")

            _field = "invoice_date"
            _invoice_date = d.pop("invoice_date", UNSET)
            invoice_date: datetime.datetime | Unset
            if isinstance(_invoice_date, Unset):
                invoice_date = UNSET
            else:
                invoice_date = datetime.datetime.fromisoformat(_invoice_date)

            _field = "invoice_items"
            _invoice_items = d.pop("invoice_items", UNSET)
            invoice_items: list[CreateInvoiceRequestInvoiceItemsItem] | Unset = UNSET
            if _invoice_items is not UNSET:
                invoice_items = []
                for invoice_items_item_data in _invoice_items:
                    invoice_items_item = CreateInvoiceRequestInvoiceItemsItem.from_dict(invoice_items_item_data)

                    invoice_items.append(invoice_items_item)

            _field = "invoice_number"
            invoice_number = conform(d.pop("invoice_number", UNSET), "str")

            _field = "location_id"
            location_id = conform(d.pop("location_id", UNSET), "str")

            _field = "memo"
            memo = conform(d.pop("memo", UNSET), "str")

            _field = "notes"
            notes = conform(d.pop("notes", UNSET), "str")

            _field = "partner_name"
            partner_name = conform(d.pop("partner_name", UNSET), "str")

            _field = "post_date"
            post_date = conform(d.pop("post_date", UNSET), "str")

            _field = "post_month"
            post_month = conform(d.pop("post_month", UNSET), "str")

            _field = "property_id"
            property_id = conform(d.pop("property_id", UNSET), "str")

            _field = "purchase_order_number"
            purchase_order_number = conform(d.pop("purchase_order_number", UNSET), "str")

            _field = "scanned_copy_url"
            scanned_copy_url = conform(d.pop("scanned_copy_url", UNSET), "str")

            _field = "separate_check"
            separate_check = conform(d.pop("separate_check", UNSET), "bool")

            _field = "service_request_id"
            service_request_id = conform(d.pop("service_request_id", UNSET), "str")

            _field = "total_amount_in_cents"
            total_amount_in_cents = conform(d.pop("total_amount_in_cents", UNSET), "float")

            _field = "vendor_id"
            vendor_id = conform(d.pop("vendor_id", UNSET), "str")

            _field = "vendor_location_id"
            vendor_location_id = conform(d.pop("vendor_location_id", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateInvoiceRequest", _field) from _failure
        _instance = cls(
            integration_id=integration_id,
            accounting_date=accounting_date,
            ap_financial_account_id=ap_financial_account_id,
            attachments=attachments,
            cash_financial_account_id=cash_financial_account_id,
            description=description,
            discount_amount_in_cents=discount_amount_in_cents,
            display_type=display_type,
            due_date=due_date,
            expense_type=expense_type,
            invoice_date=invoice_date,
            invoice_items=invoice_items,
            invoice_number=invoice_number,
            location_id=location_id,
            memo=memo,
            notes=notes,
            partner_name=partner_name,
            post_date=post_date,
            post_month=post_month,
            property_id=property_id,
            purchase_order_number=purchase_order_number,
            scanned_copy_url=scanned_copy_url,
            separate_check=separate_check,
            service_request_id=service_request_id,
            total_amount_in_cents=total_amount_in_cents,
            vendor_id=vendor_id,
            vendor_location_id=vendor_location_id,
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
