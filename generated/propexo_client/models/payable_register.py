from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor

if TYPE_CHECKING:
    from ..models.custom_data_type_0 import CustomDataType0
    from ..models.payable_register_payable_register_items_item import PayableRegisterPayableRegisterItemsItem


T = TypeVar("T", bound="PayableRegister")


@_attrs_define
class PayableRegister:
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
        display_type (None | str):
        due_date (None | str):
        expense_type (None | str):
        financial_account_id (None | str):
        id (str):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        invoice_date (None | str):
        invoice_number (None | str):
        is_adjustment (bool | None):
        is_credit_memo (bool | None):
        is_exempt_from_1099 (bool | None):
        is_unpaid (bool | None):
        last_seen (None | str):
        notes (None | str):
        payable_register_items (list[PayableRegisterPayableRegisterItemsItem]):
        post_date (None | str):
        post_month (None | str):
        post_status_raw (None | str):
        property_id (str):
        status (None | str):
        sub_total_amount_in_cents (float | None):
        total_amount_in_cents (float | None):
        updated_at (str):
        x_ap_financial_account_id (None | str):
        x_batch_id (None | str):
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
    display_type: None | str
    due_date: None | str
    expense_type: None | str
    financial_account_id: None | str
    id: str
    integration_id: str
    integration_vendor: IntegrationVendor
    invoice_date: None | str
    invoice_number: None | str
    is_adjustment: bool | None
    is_credit_memo: bool | None
    is_exempt_from_1099: bool | None
    is_unpaid: bool | None
    last_seen: None | str
    notes: None | str
    payable_register_items: list[PayableRegisterPayableRegisterItemsItem]
    post_date: None | str
    post_month: None | str
    post_status_raw: None | str
    property_id: str
    status: None | str
    sub_total_amount_in_cents: float | None
    total_amount_in_cents: float | None
    updated_at: str
    x_ap_financial_account_id: None | str
    x_batch_id: None | str
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

        display_type: None | str
        display_type = self.display_type

        due_date: None | str
        due_date = self.due_date

        expense_type: None | str
        expense_type = self.expense_type

        financial_account_id: None | str
        financial_account_id = self.financial_account_id

        id = self.id

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        invoice_date: None | str
        invoice_date = self.invoice_date

        invoice_number: None | str
        invoice_number = self.invoice_number

        is_adjustment: bool | None
        is_adjustment = self.is_adjustment

        is_credit_memo: bool | None
        is_credit_memo = self.is_credit_memo

        is_exempt_from_1099: bool | None
        is_exempt_from_1099 = self.is_exempt_from_1099

        is_unpaid: bool | None
        is_unpaid = self.is_unpaid

        last_seen: None | str
        last_seen = self.last_seen

        notes: None | str
        notes = self.notes

        payable_register_items = []
        for payable_register_items_item_data in self.payable_register_items:
            payable_register_items_item = payable_register_items_item_data.to_dict()
            payable_register_items.append(payable_register_items_item)

        post_date: None | str
        post_date = self.post_date

        post_month: None | str
        post_month = self.post_month

        post_status_raw: None | str
        post_status_raw = self.post_status_raw

        property_id = self.property_id

        status: None | str
        status = self.status

        sub_total_amount_in_cents: float | None
        sub_total_amount_in_cents = self.sub_total_amount_in_cents

        total_amount_in_cents: float | None
        total_amount_in_cents = self.total_amount_in_cents

        updated_at = self.updated_at

        x_ap_financial_account_id: None | str
        x_ap_financial_account_id = self.x_ap_financial_account_id

        x_batch_id: None | str
        x_batch_id = self.x_batch_id

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
                "display_type": display_type,
                "due_date": due_date,
                "expense_type": expense_type,
                "financial_account_id": financial_account_id,
                "id": id,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "invoice_date": invoice_date,
                "invoice_number": invoice_number,
                "is_adjustment": is_adjustment,
                "is_credit_memo": is_credit_memo,
                "is_exempt_from_1099": is_exempt_from_1099,
                "is_unpaid": is_unpaid,
                "last_seen": last_seen,
                "notes": notes,
                "payable_register_items": payable_register_items,
                "post_date": post_date,
                "post_month": post_month,
                "post_status_raw": post_status_raw,
                "property_id": property_id,
                "status": status,
                "sub_total_amount_in_cents": sub_total_amount_in_cents,
                "total_amount_in_cents": total_amount_in_cents,
                "updated_at": updated_at,
                "x_ap_financial_account_id": x_ap_financial_account_id,
                "x_batch_id": x_batch_id,
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
        from ..models.payable_register_payable_register_items_item import PayableRegisterPayableRegisterItemsItem  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "amount_due_in_cents"

            def _parse_amount_due_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            amount_due_in_cents = _parse_amount_due_in_cents(pop_required(d, "amount_due_in_cents", "PayableRegister"))

            _field = "amount_paid_in_cents"

            def _parse_amount_paid_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            amount_paid_in_cents = _parse_amount_paid_in_cents(
                pop_required(d, "amount_paid_in_cents", "PayableRegister")
            )

            _field = "ap_financial_account_id"

            def _parse_ap_financial_account_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            ap_financial_account_id = _parse_ap_financial_account_id(
                pop_required(d, "ap_financial_account_id", "PayableRegister")
            )

            _field = "cash_financial_account_id"

            def _parse_cash_financial_account_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            cash_financial_account_id = _parse_cash_financial_account_id(
                pop_required(d, "cash_financial_account_id", "PayableRegister")
            )

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "PayableRegister"), "str")

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

            custom_data = _parse_custom_data(pop_required(d, "custom_data", "PayableRegister"))

            _field = "discount_amount_in_cents"

            def _parse_discount_amount_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            discount_amount_in_cents = _parse_discount_amount_in_cents(
                pop_required(d, "discount_amount_in_cents", "PayableRegister")
            )

            _field = "discount_date"

            def _parse_discount_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            discount_date = _parse_discount_date(pop_required(d, "discount_date", "PayableRegister"))

            _field = "display_type"

            def _parse_display_type(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            display_type = _parse_display_type(pop_required(d, "display_type", "PayableRegister"))

            _field = "due_date"

            def _parse_due_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            due_date = _parse_due_date(pop_required(d, "due_date", "PayableRegister"))

            _field = "expense_type"

            def _parse_expense_type(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            expense_type = _parse_expense_type(pop_required(d, "expense_type", "PayableRegister"))

            _field = "financial_account_id"

            def _parse_financial_account_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            financial_account_id = _parse_financial_account_id(
                pop_required(d, "financial_account_id", "PayableRegister")
            )

            _field = "id"
            id = conform(pop_required(d, "id", "PayableRegister"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "PayableRegister"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "PayableRegister"))

            _field = "invoice_date"

            def _parse_invoice_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            invoice_date = _parse_invoice_date(pop_required(d, "invoice_date", "PayableRegister"))

            _field = "invoice_number"

            def _parse_invoice_number(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            invoice_number = _parse_invoice_number(pop_required(d, "invoice_number", "PayableRegister"))

            _field = "is_adjustment"

            def _parse_is_adjustment(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_adjustment = _parse_is_adjustment(pop_required(d, "is_adjustment", "PayableRegister"))

            _field = "is_credit_memo"

            def _parse_is_credit_memo(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_credit_memo = _parse_is_credit_memo(pop_required(d, "is_credit_memo", "PayableRegister"))

            _field = "is_exempt_from_1099"

            def _parse_is_exempt_from_1099(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_exempt_from_1099 = _parse_is_exempt_from_1099(pop_required(d, "is_exempt_from_1099", "PayableRegister"))

            _field = "is_unpaid"

            def _parse_is_unpaid(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_unpaid = _parse_is_unpaid(pop_required(d, "is_unpaid", "PayableRegister"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "PayableRegister"))

            _field = "notes"

            def _parse_notes(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            notes = _parse_notes(pop_required(d, "notes", "PayableRegister"))

            _field = "payable_register_items"
            payable_register_items = []
            _payable_register_items = pop_required(d, "payable_register_items", "PayableRegister")
            for payable_register_items_item_data in _payable_register_items:
                payable_register_items_item = PayableRegisterPayableRegisterItemsItem.from_dict(
                    payable_register_items_item_data
                )

                payable_register_items.append(payable_register_items_item)

            _field = "post_date"

            def _parse_post_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            post_date = _parse_post_date(pop_required(d, "post_date", "PayableRegister"))

            _field = "post_month"

            def _parse_post_month(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            post_month = _parse_post_month(pop_required(d, "post_month", "PayableRegister"))

            _field = "post_status_raw"

            def _parse_post_status_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            post_status_raw = _parse_post_status_raw(pop_required(d, "post_status_raw", "PayableRegister"))

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "PayableRegister"), "str")

            _field = "status"

            def _parse_status(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            status = _parse_status(pop_required(d, "status", "PayableRegister"))

            _field = "sub_total_amount_in_cents"

            def _parse_sub_total_amount_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            sub_total_amount_in_cents = _parse_sub_total_amount_in_cents(
                pop_required(d, "sub_total_amount_in_cents", "PayableRegister")
            )

            _field = "total_amount_in_cents"

            def _parse_total_amount_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            total_amount_in_cents = _parse_total_amount_in_cents(
                pop_required(d, "total_amount_in_cents", "PayableRegister")
            )

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "PayableRegister"), "str")

            _field = "x_ap_financial_account_id"

            def _parse_x_ap_financial_account_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_ap_financial_account_id = _parse_x_ap_financial_account_id(
                pop_required(d, "x_ap_financial_account_id", "PayableRegister")
            )

            _field = "x_batch_id"

            def _parse_x_batch_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_batch_id = _parse_x_batch_id(pop_required(d, "x_batch_id", "PayableRegister"))

            _field = "x_cash_financial_account_id"

            def _parse_x_cash_financial_account_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_cash_financial_account_id = _parse_x_cash_financial_account_id(
                pop_required(d, "x_cash_financial_account_id", "PayableRegister")
            )

            _field = "x_financial_account_id"

            def _parse_x_financial_account_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_financial_account_id = _parse_x_financial_account_id(
                pop_required(d, "x_financial_account_id", "PayableRegister")
            )

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "PayableRegister"), "str")

            _field = "x_location_id"

            def _parse_x_location_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_location_id = _parse_x_location_id(pop_required(d, "x_location_id", "PayableRegister"))

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "PayableRegister"), "str")

            _field = "x_vendor_id"

            def _parse_x_vendor_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_vendor_id = _parse_x_vendor_id(pop_required(d, "x_vendor_id", "PayableRegister"))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "PayableRegister", _field) from _failure
        _instance = cls(
            amount_due_in_cents=amount_due_in_cents,
            amount_paid_in_cents=amount_paid_in_cents,
            ap_financial_account_id=ap_financial_account_id,
            cash_financial_account_id=cash_financial_account_id,
            created_at=created_at,
            custom_data=custom_data,
            discount_amount_in_cents=discount_amount_in_cents,
            discount_date=discount_date,
            display_type=display_type,
            due_date=due_date,
            expense_type=expense_type,
            financial_account_id=financial_account_id,
            id=id,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            invoice_date=invoice_date,
            invoice_number=invoice_number,
            is_adjustment=is_adjustment,
            is_credit_memo=is_credit_memo,
            is_exempt_from_1099=is_exempt_from_1099,
            is_unpaid=is_unpaid,
            last_seen=last_seen,
            notes=notes,
            payable_register_items=payable_register_items,
            post_date=post_date,
            post_month=post_month,
            post_status_raw=post_status_raw,
            property_id=property_id,
            status=status,
            sub_total_amount_in_cents=sub_total_amount_in_cents,
            total_amount_in_cents=total_amount_in_cents,
            updated_at=updated_at,
            x_ap_financial_account_id=x_ap_financial_account_id,
            x_batch_id=x_batch_id,
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
