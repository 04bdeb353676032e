from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

T = TypeVar("T", bound="CreatePurchaseOrderRequestPurchaseOrderItemsItemType1")


@_attrs_define
class CreatePurchaseOrderRequestPurchaseOrderItemsItemType1:
    """
    Attributes:
        description (str):
        financial_account_id (str):
        property_id (str):
        quantity_ordered (str):
        stock_code (str):
        total_cost_in_cents (int):
        unit_price_in_cents (int):
    """

    description: str
    financial_account_id: str
    property_id: str
    quantity_ordered: str
    stock_code: str
    total_cost_in_cents: int
    unit_price_in_cents: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        financial_account_id = self.financial_account_id

        property_id = self.property_id

        quantity_ordered = self.quantity_ordered

        stock_code = self.stock_code

        total_cost_in_cents = self.total_cost_in_cents

        unit_price_in_cents = self.unit_price_in_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "financial_account_id": financial_account_id,
                "property_id": property_id,
                "quantity_ordered": quantity_ordered,
                "stock_code": stock_code,
                "total_cost_in_cents": total_cost_in_cents,
                "unit_price_in_cents": unit_price_in_cents,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "description"
            description = conform(
                pop_required(d, "description", "CreatePurchaseOrderRequestPurchaseOrderItemsItemType1"), "str"
            )

            _field = "financial_account_id"
            financial_account_id = conform(
                pop_required(d, "financial_account_id", "CreatePurchaseOrderRequestPurchaseOrderItemsItemType1"), "str"
            )

            _field = "property_id"
            property_id = conform(
                pop_required(d, "property_id", "CreatePurchaseOrderRequestPurchaseOrderItemsItemType1"), "str"
            )

            _field = "quantity_ordered"
            quantity_ordered = conform(
                pop_required(d, "quantity_ordered", "CreatePurchaseOrderRequestPurchaseOrderItemsItemType1"), "str"
            )

            _field = "stock_code"
            stock_code = conform(
                pop_required(d, "stock_code", "CreatePurchaseOrderRequestPurchaseOrderItemsItemType1"), "str"
            )

            _field = "total_cost_in_cents"
            total_cost_in_cents = conform(
                pop_required(d, "total_cost_in_cents", "CreatePurchaseOrderRequestPurchaseOrderItemsItemType1"), "int"
            )

            _field = "unit_price_in_cents"
            unit_price_in_cents = conform(
                pop_required(d, "unit_price_in_cents", "CreatePurchaseOrderRequestPurchaseOrderItemsItemType1"), "int"
            )

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreatePurchaseOrderRequestPurchaseOrderItemsItemType1", _field) from _failure
        _instance = cls(
            description=description,
            financial_account_id=financial_account_id,
            property_id=property_id,
            quantity_ordered=quantity_ordered,
            stock_code=stock_code,
            total_cost_in_cents=total_cost_in_cents,
            unit_price_in_cents=unit_price_in_cents,
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
