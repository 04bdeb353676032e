from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, conform_list, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor

if TYPE_CHECKING:
    from ..models.custom_data_type_0 import CustomDataType0


T = TypeVar("T", bound="PurchaseOrder")


@_attrs_define
class PurchaseOrder:
    """
    Attributes:
        associated_invoice_ids (list[str]):
        billing_address_1 (None | str):
        billing_address_2 (None | str):
        billing_city (None | str):
        billing_country (None | str):
        billing_state (None | str):
        billing_zip (None | str):
        created_at (str):
        custom_data (CustomDataType0 | None):
        description (None | str):
        display_type (None | str):
        expense_type (None | str):
        id (str):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        invoice_id (None | str):
        is_closed (bool | None):
        last_seen (None | str):
        number (None | str):
        order_date (None | str):
        parent_purchase_order_id (None | str):
        property_id (str):
        shipping_address_1 (None | str):
        shipping_address_2 (None | str):
        shipping_city (None | str):
        shipping_country (None | str):
        shipping_state (None | str):
        shipping_zip (None | str):
        status_raw (None | str):
        total_amount_in_cents (float | None):
        updated_at (str):
        vendor_id (None | str):
        x_id (str):
        x_invoice_id (None | str):
        x_location_id (None | str):
        x_parent_purchase_order_id (None | str):
        x_property_id (str):
        x_vendor_id (None | str):
    """

    associated_invoice_ids: list[str]
    billing_address_1: None | str
    billing_address_2: None | str
    billing_city: None | str
    billing_country: None | str
    billing_state: None | str
    billing_zip: None | str
    created_at: str
    custom_data: CustomDataType0 | None
    description: None | str
    display_type: None | str
    expense_type: None | str
    id: str
    integration_id: str
    integration_vendor: IntegrationVendor
    invoice_id: None | str
    is_closed: bool | None
    last_seen: None | str
    number: None | str
    order_date: None | str
    parent_purchase_order_id: None | str
    property_id: str
    shipping_address_1: None | str
    shipping_address_2: None | str
    shipping_city: None | str
    shipping_country: None | str
    shipping_state: None | str
    shipping_zip: None | str
    status_raw: None | str
    total_amount_in_cents: float | None
    updated_at: str
    vendor_id: None | str
    x_id: str
    x_invoice_id: None | str
    x_location_id: None | str
    x_parent_purchase_order_id: None | str
    x_property_id: str
    x_vendor_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        associated_invoice_ids = self.associated_invoice_ids

        billing_address_1: None | str
        billing_address_1 = self.billing_address_1

        billing_address_2: None | str
        billing_address_2 = self.billing_address_2

        billing_city: None | str
        billing_city = self.billing_city

        billing_country: None | str
        billing_country = self.billing_country

        billing_state: None | str
        billing_state = self.billing_state

        billing_zip: None | str
        billing_zip = self.billing_zip

        created_at = self.created_at

        custom_data: dict[str, Any] | None
        if isinstance(self.custom_data, CustomDataType0):
            custom_data = self.custom_data.to_dict()
        else:
            custom_data = self.custom_data

        description: None | str
        description = self.description

        display_type: None | str
        display_type = self.display_type

        expense_type: None | str
        expense_type = self.expense_type

        id = self.id

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        invoice_id: None | str
        invoice_id = self.invoice_id

        is_closed: bool | None
        is_closed = self.is_closed

        last_seen: None | str
        last_seen = self.last_seen

        number: None | str
        number = self.number

        order_date: None | str
        order_date = self.order_date

        parent_purchase_order_id: None | str
        parent_purchase_order_id = self.parent_purchase_order_id

        property_id = self.property_id

        shipping_address_1: None | str
        shipping_address_1 = self.shipping_address_1

        shipping_address_2: None | str
        shipping_address_2 = self.shipping_address_2

        shipping_city: None | str
        shipping_city = self.shipping_city

        shipping_country: None | str
        shipping_country = self.shipping_country

        shipping_state: None | str
        shipping_state = self.shipping_state

        shipping_zip: None | str
        shipping_zip = self.shipping_zip

        status_raw: None | str
        status_raw = self.status_raw

        total_amount_in_cents: float | None
        total_amount_in_cents = self.total_amount_in_cents

        updated_at = self.updated_at

        vendor_id: None | str
        vendor_id = self.vendor_id

        x_id = self.x_id

        x_invoice_id: None | str
        x_invoice_id = self.x_invoice_id

        x_location_id: None | str
        x_location_id = self.x_location_id

        x_parent_purchase_order_id: None | str
        x_parent_purchase_order_id = self.x_parent_purchase_order_id

        x_property_id = self.x_property_id

        x_vendor_id: None | str
        x_vendor_id = self.x_vendor_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "associated_invoice_ids": associated_invoice_ids,
                "billing_address_1": billing_address_1,
                "billing_address_2": billing_address_2,
                "billing_city": billing_city,
                "billing_country": billing_country,
                "billing_state": billing_state,
                "billing_zip": billing_zip,
                "created_at": created_at,
                "custom_data": custom_data,
                "description": description,
                "display_type": display_type,
                "expense_type": expense_type,
                "id": id,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "invoice_id": invoice_id,
                "is_closed": is_closed,
                "last_seen": last_seen,
                "number": number,
                "order_date": order_date,
                "parent_purchase_order_id": parent_purchase_order_id,
                "property_id": property_id,
                "shipping_address_1": shipping_address_1,
                "shipping_address_2": shipping_address_2,
                "shipping_city": shipping_city,
                "shipping_country": shipping_country,
                "shipping_state": shipping_state,
                "shipping_zip": shipping_zip,
                "status_raw": status_raw,
                "total_amount_in_cents": total_amount_in_cents,
                "updated_at": updated_at,
                "vendor_id": vendor_id,
                "x_id": x_id,
                "x_invoice_id": x_invoice_id,
                "x_location_id": x_location_id,
                "x_parent_purchase_order_id": x_parent_purchase_order_id,
                "x_property_id": x_property_id,
                "x_vendor_id": x_vendor_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "associated_invoice_ids"
            associated_invoice_ids = cast(
                list[str], conform_list(pop_required(d, "associated_invoice_ids", "PurchaseOrder"), "str")
            )

            _field = "billing_address_1"

            def _parse_billing_address_1(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            billing_address_1 = _parse_billing_address_1(pop_required(d, "billing_address_1", "PurchaseOrder"))

            _field = "billing_address_2"

            def _parse_billing_address_2(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            billing_address_2 = _parse_billing_address_2(pop_required(d, "billing_address_2", "PurchaseOrder"))

            _field = "billing_city"

            def _parse_billing_city(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            billing_city = _parse_billing_city(pop_required(d, "billing_city", "PurchaseOrder"))

            _field = "billing_country"

            def _parse_billing_country(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            billing_country = _parse_billing_country(pop_required(d, "billing_country", "PurchaseOrder"))

            _field = "billing_state"

            def _parse_billing_state(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            billing_state = _parse_billing_state(pop_required(d, "billing_state", "PurchaseOrder"))

            _field = "billing_zip"

            def _parse_billing_zip(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            billing_zip = _parse_billing_zip(pop_required(d, "billing_zip", "PurchaseOrder"))

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "PurchaseOrder"), "str")

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

            custom_data = _parse_custom_data(pop_required(d, "custom_data", "PurchaseOrder"))

            _field = "description"

            def _parse_description(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            description = _parse_description(pop_required(d, "description", "PurchaseOrder"))

            _field = "display_type"

            def _parse_display_type(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            display_type = _parse_display_type(pop_required(d, "display_type", "PurchaseOrder"))

            _field = "expense_type"

            def _parse_expense_type(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            expense_type = _parse_expense_type(pop_required(d, "expense_type", "PurchaseOrder"))

            _field = "id"
            id = conform(pop_required(d, "id", "PurchaseOrder"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "PurchaseOrder"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "PurchaseOrder"))

            _field = "invoice_id"

            def _parse_invoice_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            invoice_id = _parse_invoice_id(pop_required(d, "invoice_id", "PurchaseOrder"))

            _field = "is_closed"

            def _parse_is_closed(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_closed = _parse_is_closed(pop_required(d, "is_closed", "PurchaseOrder"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "PurchaseOrder"))

            _field = "number"

            def _parse_number(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            number = _parse_number(pop_required(d, "number", "PurchaseOrder"))

            _field = "order_date"

            def _parse_order_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            order_date = _parse_order_date(pop_required(d, "order_date", "PurchaseOrder"))

            _field = "parent_purchase_order_id"

            def _parse_parent_purchase_order_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            parent_purchase_order_id = _parse_parent_purchase_order_id(
                pop_required(d, "parent_purchase_order_id", "PurchaseOrder")
            )

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "PurchaseOrder"), "str")

            _field = "shipping_address_1"

            def _parse_shipping_address_1(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            shipping_address_1 = _parse_shipping_address_1(pop_required(d, "shipping_address_1", "PurchaseOrder"))

            _field = "shipping_address_2"

            def _parse_shipping_address_2(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            shipping_address_2 = _parse_shipping_address_2(pop_required(d, "shipping_address_2", "PurchaseOrder"))

            _field = "shipping_city"

            def _parse_shipping_city(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            shipping_city = _parse_shipping_city(pop_required(d, "shipping_city", "PurchaseOrder"))

            _field = "shipping_country"

            def _parse_shipping_country(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            shipping_country = _parse_shipping_country(pop_required(d, "shipping_country", "PurchaseOrder"))

            _field = "shipping_state"

            def _parse_shipping_state(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            shipping_state = _parse_shipping_state(pop_required(d, "shipping_state", "PurchaseOrder"))

            _field = "shipping_zip"

            def _parse_shipping_zip(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            shipping_zip = _parse_shipping_zip(pop_required(d, "shipping_zip", "PurchaseOrder"))

            _field = "status_raw"

            def _parse_status_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            status_raw = _parse_status_raw(pop_required(d, "status_raw", "PurchaseOrder"))

            _field = "total_amount_in_cents"

            def _parse_total_amount_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            total_amount_in_cents = _parse_total_amount_in_cents(
                pop_required(d, "total_amount_in_cents", "PurchaseOrder")
            )

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "PurchaseOrder"), "str")

            _field = "vendor_id"

            def _parse_vendor_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            vendor_id = _parse_vendor_id(pop_required(d, "vendor_id", "PurchaseOrder"))

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "PurchaseOrder"), "str")

            _field = "x_invoice_id"

            def _parse_x_invoice_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_invoice_id = _parse_x_invoice_id(pop_required(d, "x_invoice_id", "PurchaseOrder"))

            _field = "x_location_id"

            def _parse_x_location_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_location_id = _parse_x_location_id(pop_required(d, "x_location_id", "PurchaseOrder"))

            _field = "x_parent_purchase_order_id"

            def _parse_x_parent_purchase_order_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_parent_purchase_order_id = _parse_x_parent_purchase_order_id(
                pop_required(d, "x_parent_purchase_order_id", "PurchaseOrder")
            )

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "PurchaseOrder"), "str")

            _field = "x_vendor_id"

            def _parse_x_vendor_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_vendor_id = _parse_x_vendor_id(pop_required(d, "x_vendor_id", "PurchaseOrder"))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "PurchaseOrder", _field) from _failure
        _instance = cls(
            associated_invoice_ids=associated_invoice_ids,
            billing_address_1=billing_address_1,
            billing_address_2=billing_address_2,
            billing_city=billing_city,
            billing_country=billing_country,
            billing_state=billing_state,
            billing_zip=billing_zip,
            created_at=created_at,
            custom_data=custom_data,
            description=description,
            display_type=display_type,
            expense_type=expense_type,
            id=id,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            invoice_id=invoice_id,
            is_closed=is_closed,
            last_seen=last_seen,
            number=number,
            order_date=order_date,
            parent_purchase_order_id=parent_purchase_order_id,
            property_id=property_id,
            shipping_address_1=shipping_address_1,
            shipping_address_2=shipping_address_2,
            shipping_city=shipping_city,
            shipping_country=shipping_country,
            shipping_state=shipping_state,
            shipping_zip=shipping_zip,
            status_raw=status_raw,
            total_amount_in_cents=total_amount_in_cents,
            updated_at=updated_at,
            vendor_id=vendor_id,
            x_id=x_id,
            x_invoice_id=x_invoice_id,
            x_location_id=x_location_id,
            x_parent_purchase_order_id=x_parent_purchase_order_id,
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
