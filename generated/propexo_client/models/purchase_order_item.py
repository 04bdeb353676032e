from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, conform_list, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor

if TYPE_CHECKING:
    from ..models.custom_data_type_0 import CustomDataType0


T = TypeVar("T", bound="PurchaseOrderItem")


@_attrs_define
class PurchaseOrderItem:
    """
    Attributes:
        associated_invoice_ids (list[str]):
        category_code (None | str):
        construction_job_id (None | str):
        cost_code (None | str):
        created_at (str):
        custom_data (CustomDataType0 | None):
        description (None | str):
        financial_account_id (None | str):
        id (str):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        last_seen (None | str):
        property_id (str):
        purchase_order_id (str):
        quantity_ordered (None | str):
        stock_code (None | str):
        total_cost_in_cents (float | None):
        unit_price_in_cents (float | None):
        updated_at (str):
        x_id (str):
        x_location_id (None | str):
        x_property_id (str):
    """

    associated_invoice_ids: list[str]
    category_code: None | str
    construction_job_id: None | str
    cost_code: None | str
    created_at: str
    custom_data: CustomDataType0 | None
    description: None | str
    financial_account_id: None | str
    id: str
    integration_id: str
    integration_vendor: IntegrationVendor
    last_seen: None | str
    property_id: str
    purchase_order_id: str
    quantity_ordered: None | str
    stock_code: None | str
    total_cost_in_cents: float | None
    unit_price_in_cents: float | None
    updated_at: str
    x_id: str
    x_location_id: None | str
    x_property_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        associated_invoice_ids = self.associated_invoice_ids

        category_code: None | str
        category_code = self.category_code

        construction_job_id: None | str
        construction_job_id = self.construction_job_id

        cost_code: None | str
        cost_code = self.cost_code

        created_at = self.created_at

        custom_data: dict[str, Any] | None
        if isinstance(self.custom_data, CustomDataType0):
            custom_data = self.custom_data.to_dict()
        else:
            custom_data = self.custom_data

        description: None | str
        description = self.description

        financial_account_id: None | str
        financial_account_id = self.financial_account_id

        id = self.id

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        last_seen: None | str
        last_seen = self.last_seen

        property_id = self.property_id

        purchase_order_id = self.purchase_order_id

        quantity_ordered: None | str
        quantity_ordered = self.quantity_ordered

        stock_code: None | str
        stock_code = self.stock_code

        total_cost_in_cents: float | None
        total_cost_in_cents = self.total_cost_in_cents

        unit_price_in_cents: float | None
        unit_price_in_cents = self.unit_price_in_cents

        updated_at = self.updated_at

        x_id = self.x_id

        x_location_id: None | str
        x_location_id = self.x_location_id

        x_property_id = self.x_property_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "associated_invoice_ids": associated_invoice_ids,
                "category_code": category_code,
                "construction_job_id": construction_job_id,
                "cost_code": cost_code,
                "created_at": created_at,
                "custom_data": custom_data,
                "description": description,
                "financial_account_id": financial_account_id,
                "id": id,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "last_seen": last_seen,
                "property_id": property_id,
                "purchase_order_id": purchase_order_id,
                "quantity_ordered": quantity_ordered,
                "stock_code": stock_code,
                "total_cost_in_cents": total_cost_in_cents,
                "unit_price_in_cents": unit_price_in_cents,
                "updated_at": updated_at,
                "x_id": x_id,
                "x_location_id": x_location_id,
                "x_property_id": x_property_id,
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
                list[str], conform_list(pop_required(d, "associated_invoice_ids", "PurchaseOrderItem"), "str")
            )

            _field = "category_code"

            def _parse_category_code(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            category_code = _parse_category_code(pop_required(d, "category_code", "PurchaseOrderItem"))

            _field = "construction_job_id"

            def _parse_construction_job_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            construction_job_id = _parse_construction_job_id(
                pop_required(d, "construction_job_id", "PurchaseOrderItem")
            )

            _field = "cost_code"

            def _parse_cost_code(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            cost_code = _parse_cost_code(pop_required(d, "cost_code", "PurchaseOrderItem"))

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "PurchaseOrderItem"), "str")

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

            custom_data = _parse_custom_data(pop_required(d, "custom_data", "PurchaseOrderItem"))

            _field = "description"

            def _parse_description(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            description = _parse_description(pop_required(d, "description", "PurchaseOrderItem"))

            _field = "financial_account_id"

            def _parse_financial_account_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            financial_account_id = _parse_financial_account_id(
                pop_required(d, "financial_account_id", "PurchaseOrderItem")
            )

            _field = "id"
            id = conform(pop_required(d, "id", "PurchaseOrderItem"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "PurchaseOrderItem"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "PurchaseOrderItem"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "PurchaseOrderItem"))

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "PurchaseOrderItem"), "str")

            _field = "purchase_order_id"
            purchase_order_id = conform(pop_required(d, "purchase_order_id", "PurchaseOrderItem"), "str")

            _field = "quantity_ordered"

            def _parse_quantity_ordered(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            quantity_ordered = _parse_quantity_ordered(pop_required(d, "quantity_ordered", "PurchaseOrderItem"))

            _field = "stock_code"

            def _parse_stock_code(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            stock_code = _parse_stock_code(pop_required(d, "stock_code", "PurchaseOrderItem"))

            _field = "total_cost_in_cents"

            def _parse_total_cost_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            total_cost_in_cents = _parse_total_cost_in_cents(
                pop_required(d, "total_cost_in_cents", "PurchaseOrderItem")
            )

            _field = "unit_price_in_cents"

            def _parse_unit_price_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            unit_price_in_cents = _parse_unit_price_in_cents(
                pop_required(d, "unit_price_in_cents", "PurchaseOrderItem")
            )

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "PurchaseOrderItem"), "str")

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "PurchaseOrderItem"), "str")

            _field = "x_location_id"

            def _parse_x_location_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_location_id = _parse_x_location_id(pop_required(d, "x_location_id", "PurchaseOrderItem"))

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "PurchaseOrderItem"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "PurchaseOrderItem", _field) from _failure
        _instance = cls(
            associated_invoice_ids=associated_invoice_ids,
            category_code=category_code,
            construction_job_id=construction_job_id,
            cost_code=cost_code,
            created_at=created_at,
            custom_data=custom_data,
            description=description,
            financial_account_id=financial_account_id,
            id=id,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            last_seen=last_seen,
            property_id=property_id,
            purchase_order_id=purchase_order_id,
            quantity_ordered=quantity_ordered,
            stock_code=stock_code,
            total_cost_in_cents=total_cost_in_cents,
            unit_price_in_cents=unit_price_in_cents,
            updated_at=updated_at,
            x_id=x_id,
            x_location_id=x_location_id,
            x_property_id=x_property_id,
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
