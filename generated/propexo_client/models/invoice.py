from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor

if TYPE_CHECKING:
    from ..models.custom_data_type_0 import CustomDataType0
    from ..models.invoice_invoice_items_item import InvoiceInvoiceItemsItem


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """
    Attributes:
        amount_due_in_cents (float | None):
        amount_paid_in_cents (float | None):
        ap_financial_account_id (None | str):
        cash_financial_account_id (None | str):
        created_at (str):
        custom_data (CustomDataType0 | None):
        discount_amount_in_cents (float | None):
        discount_date (None | str):
        due_date (None | str):
        financial_account_id (None | str):
        id (str):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        invoice_date (None | str):
        invoice_items (list[InvoiceInvoiceItemsItem]):
        invoice_number (None | str):
        last_seen (None | str):
        notes (None | str):
        post_date (None | str):
        post_month (None | str):
        post_status_raw (None | str):
        property_id (str):
        sub_total_amount_in_cents (float | None):
        total_amount_in_cents (float | None):
        updated_at (str):
        x_ap_financial_account_id (None | str):
        x_cash_financial_account_id (None | str):
        x_financial_account_id (None | str):
        x_id (str):
        x_location_id (None | str):
        x_property_id (str):
        x_vendor_id (None | str):
    """

    amount_due_in_cents: float | None
    amount_paid_in_cents: float | None
    ap_financial_account_id: None | str
    cash_financial_account_id: None | str
    created_at: str
    custom_data: CustomDataType0 | None
    discount_amount_in_cents: float | None
    discount_date: None | str
    due_date: None | str
    financial_account_id: None | str
    id: str
    integration_id: str
    integration_vendor: IntegrationVendor
    invoice_date: None | str
    invoice_items: list[InvoiceInvoiceItemsItem]
    invoice_number: None | str
    last_seen: None | str
    notes: None | str
    post_date: None | str
    post_month: None | str
    post_status_raw: None | str
    property_id: str
    sub_total_amount_in_cents: float | None
    total_amount_in_cents: float | None
    updated_at: str
    x_ap_financial_account_id: None | str
    x_cash_financial_account_id: None | str
    x_financial_account_id: None | str
    x_id: str
    x_location_id: None | str
    x_property_id: str
    x_vendor_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        amount_due_in_cents: float | None
        amount_due_in_cents = self.amount_due_in_cents

        amount_paid_in_cents: float | None
        amount_paid_in_cents = self.amount_paid_in_cents

        ap_financial_account_id: None | str
        ap_financial_account_id = self.ap_financial_account_id

        cash_financial_account_id: None | str
        cash_financial_account_id = self.cash_financial_account_id

        created_at = self.created_at

        custom_data: dict[str, Any] | None
        if isinstance(self.custom_data, CustomDataType0):
            custom_data = self.custom_data.to_dict()
        else:
            custom_data = self.custom_data

        discount_amount_in_cents: float | None
        discount_amount_in_cents = self.discount_amount_in_cents

        discount_date: None | str
        discount_date = self.discount_date

        due_date: None | str
        due_date = self.due_date

        financial_account_id: None | str
        financial_account_id = self.financial_account_id

        id = self.id

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        invoice_date: None | str
        invoice_date = self.invoice_date

        invoice_items = []
        for invoice_items_item_data in self.invoice_items:
            invoice_items_item = invoice_items_item_data.to_dict()
            invoice_items.append(invoice_items_item)

        invoice_number: None | str
        invoice_number = self.invoice_number

        last_seen: None | str
        last_seen = self.last_seen

        notes: None | str
        notes = self.notes

        post_date: None | str
        post_date = self.post_date

        post_month: None | str
        post_month = self.post_month

        post_status_raw: None | str
        post_status_raw = self.post_status_raw

        property_id = self.property_id

        sub_total_amount_in_cents: float | None
        sub_total_amount_in_cents = self.sub_total_amount_in_cents

        total_amount_in_cents: float | None
        total_amount_in_cents = self.total_amount_in_cents

        updated_at = self.updated_at

        x_ap_financial_account_id: None | str
        x_ap_financial_account_id = self.x_ap_financial_account_id

        x_cash_financial_account_id: None | str
        x_cash_financial_account_id = self.x_cash_financial_account_id

        x_financial_account_id: None | str
        x_financial_account_id = self.x_financial_account_id

        x_id = self.x_id

        x_location_id: None | str
        x_location_id = self.x_location_id

        x_property_id = self.x_property_id

        x_vendor_id: None | str
        x_vendor_id = self.x_vendor_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_due_in_cents": amount_due_in_cents,
                "amount_paid_in_cents": amount_paid_in_cents,
                "ap_financial_account_id": ap_financial_account_id,
                "cash_financial_account_id": cash_financial_account_id,
                "created_at": created_at,
                "custom_data": custom_data,
                "discount_amount_in_cents": discount_amount_in_cents,
                "discount_date": discount_date,
                "due_date": due_date,
                "financial_account_id": financial_account_id,
                "id": id,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "invoice_date": invoice_date,
                "invoice_items": invoice_items,
                "invoice_number": invoice_number,
                "last_seen": last_seen,
                "notes": notes,
                "post_date": post_date,
                "post_month": post_month,
                "post_status_raw": post_status_raw,
                "property_id": property_id,
                "sub_total_amount_in_cents": sub_total_amount_in_cents,
                "total_amount_in_cents": total_amount_in_cents,
                "updated_at": updated_at,
                "x_ap_financial_account_id": x_ap_financial_account_id,
                "x_cash_financial_account_id": x_cash_financial_account_id,
                "x_financial_account_id": x_financial_account_id,
                "x_id": x_id,
                "x_location_id": x_location_id,
                "x_property_id": x_property_id,
                "x_vendor_id": x_vendor_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415
        from ..models.invoice_invoice_items_item import InvoiceInvoiceItemsItem  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "amount_due_in_cents"

            def _parse_amount_due_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            amount_due_in_cents = _parse_amount_due_in_cents(pop_required(d, "amount_due_in_cents", "Invoice"))

            _field = "amount_paid_in_cents"

            def _parse_amount_paid_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            amount_paid_in_cents = _parse_amount_paid_in_cents(pop_required(d, "amount_paid_in_cents", "Invoice"))

            _field = "ap_financial_account_id"

            def _parse_ap_financial_account_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            ap_financial_account_id = _parse_ap_financial_account_id(
                pop_required(d, "ap_financial_account_id", "Invoice")
            )

            _field = "cash_financial_account_id"

            def _parse_cash_financial_account_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            cash_financial_account_id = _parse_cash_financial_account_id(
                pop_required(d, "cash_financial_account_id", "Invoice")
            )

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "Invoice"), "str")

            _field = "custom_data"

            def _parse_custom_data(data: object) -> CustomDataType0 | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_custom_data_type_0 = CustomDataType0.from_dict(data)

                    return componentsschemas_custom_data_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CustomDataType0 | None, conform(data))

            custom_data = _parse_custom_data(pop_required(d, "custom_data", "Invoice"))

            _field = "discount_amount_in_cents"

            def _parse_discount_amount_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            discount_amount_in_cents = _parse_discount_amount_in_cents(
                pop_required(d, "discount_amount_in_cents", "Invoice")
            )

            _field = "discount_date"

            def _parse_discount_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            discount_date = _parse_discount_date(pop_required(d, "discount_date", "Invoice"))

            _field = "due_date"

            def _parse_due_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            due_date = _parse_due_date(pop_required(d, "due_date", "Invoice"))

            _field = "financial_account_id"

            def _parse_financial_account_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            financial_account_id = _parse_financial_account_id(pop_required(d, "financial_account_id", "Invoice"))

            _field = "id"
            id = conform(pop_required(d, "id", "Invoice"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "Invoice"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "Invoice"))

            _field = "invoice_date"

            def _parse_invoice_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            invoice_date = _parse_invoice_date(pop_required(d, "invoice_date", "Invoice"))

            _field = "invoice_items"
            invoice_items = []
            _invoice_items = pop_required(d, "invoice_items", "Invoice")
            for invoice_items_item_data in _invoice_items:
                invoice_items_item = InvoiceInvoiceItemsItem.from_dict(invoice_items_item_data)

                invoice_items.append(invoice_items_item)

            _field = "invoice_number"

            def _parse_invoice_number(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            invoice_number = _parse_invoice_number(pop_required(d, "invoice_number", "Invoice"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "Invoice"))

            _field = "notes"

            def _parse_notes(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            notes = _parse_notes(pop_required(d, "notes", "Invoice"))

            _field = "post_date"

            def _parse_post_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            post_date = _parse_post_date(pop_required(d, "post_date", "Invoice"))

            _field = "post_month"

            def _parse_post_month(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            post_month = _parse_post_month(pop_required(d, "post_month", "Invoice"))

            _field = "post_status_raw"

            def _parse_post_status_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            post_status_raw = _parse_post_status_raw(pop_required(d, "post_status_raw", "Invoice"))

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "Invoice"), "str")

            _field = "sub_total_amount_in_cents"

            def _parse_sub_total_amount_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            sub_total_amount_in_cents = _parse_sub_total_amount_in_cents(
                pop_required(d, "sub_total_amount_in_cents", "Invoice")
            )

            _field = "total_amount_in_cents"

            def _parse_total_amount_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            total_amount_in_cents = _parse_total_amount_in_cents(pop_required(d, "total_amount_in_cents", "Invoice"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "Invoice"), "str")

            _field = "x_ap_financial_account_id"

            def _parse_x_ap_financial_account_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_ap_financial_account_id = _parse_x_ap_financial_account_id(
                pop_required(d, "x_ap_financial_account_id", "Invoice")
            )

            _field = "x_cash_financial_account_id"

            def _parse_x_cash_financial_account_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_cash_financial_account_id = _parse_x_cash_financial_account_id(
                pop_required(d, "x_cash_financial_account_id", "Invoice")
            )

            _field = "x_financial_account_id"

            def _parse_x_financial_account_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_financial_account_id = _parse_x_financial_account_id(pop_required(d, "x_financial_account_id", "Invoice"))

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "Invoice"), "str")

            _field = "x_location_id"

            def _parse_x_location_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_location_id = _parse_x_location_id(pop_required(d, "x_location_id", "Invoice"))

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "Invoice"), "str")

            _field = "x_vendor_id"

            def _parse_x_vendor_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_vendor_id = _parse_x_vendor_id(pop_required(d, "x_vendor_id", "Invoice"))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "Invoice", _field) from _failure
        _instance = cls(
            amount_due_in_cents=amount_due_in_cents,
            amount_paid_in_cents=amount_paid_in_cents,
            ap_financial_account_id=ap_financial_account_id,
            cash_financial_account_id=cash_financial_account_id,
            created_at=created_at,
            custom_data=custom_data,
            discount_amount_in_cents=discount_amount_in_cents,
            discount_date=discount_date,
            due_date=due_date,
            financial_account_id=financial_account_id,
            id=id,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            invoice_date=invoice_date,
            invoice_items=invoice_items,
            invoice_number=invoice_number,
            last_seen=last_seen,
            notes=notes,
            post_date=post_date,
            post_month=post_month,
            post_status_raw=post_status_raw,
            property_id=property_id,
            sub_total_amount_in_cents=sub_total_amount_in_cents,
            total_amount_in_cents=total_amount_in_cents,
            updated_at=updated_at,
            x_ap_financial_account_id=x_ap_financial_account_id,
            x_cash_financial_account_id=x_cash_financial_account_id,
            x_financial_account_id=x_financial_account_id,
            x_id=x_id,
            x_location_id=x_location_id,
            x_property_id=x_property_id,
            x_vendor_id=x_vendor_id,
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
