from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePurchaseOrderRequestPurchaseOrderItemsItemType0")


@_attrs_define
class CreatePurchaseOrderRequestPurchaseOrderItemsItemType0:
    """
    Attributes:
        category_code (str):
        construction_job_id (str):
        cost_code (str):
        description (str):
        property_id (str):
        quantity_ordered (str):
        stock_code (str):
        total_cost_in_cents (int):
        unit_price_in_cents (int):
        financial_account_id (str | Unset):
    """

    category_code: str
    construction_job_id: str
    cost_code: str
    description: str
    property_id: str
    quantity_ordered: str
    stock_code: str
    total_cost_in_cents: int
    unit_price_in_cents: int
    financial_account_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category_code = self.category_code

        construction_job_id = self.construction_job_id

        cost_code = self.cost_code

        description = self.description

        property_id = self.property_id

        quantity_ordered = self.quantity_ordered

        stock_code = self.stock_code

        total_cost_in_cents = self.total_cost_in_cents

        unit_price_in_cents = self.unit_price_in_cents

        financial_account_id = self.financial_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category_code": category_code,
                "construction_job_id": construction_job_id,
                "cost_code": cost_code,
                "description": description,
                "property_id": property_id,
                "quantity_ordered": quantity_ordered,
                "stock_code": stock_code,
                "total_cost_in_cents": total_cost_in_cents,
                "unit_price_in_cents": unit_price_in_cents,
            }
        )
        if financial_account_id is not UNSET:
            field_dict["financial_account_id"] = financial_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "category_code"
            category_code = conform(
                pop_required(d, "category_code", "CreatePurchaseOrderRequestPurchaseOrderItemsItemType0"), "str"
            )

            _field = "construction_job_id"
            construction_job_id = conform(
                pop_required(d, "construction_job_id", "CreatePurchaseOrderRequestPurchaseOrderItemsItemType0"), "str"
            )

            _field = "cost_code"
            cost_code = conform(
                pop_required(d, "cost_code", "CreatePurchaseOrderRequestPurchaseOrderItemsItemType0"), "str"
            )

            _field = "description"
            description = conform(
                pop_required(d, "description", "CreatePurchaseOrderRequestPurchaseOrderItemsItemType0"), "str"
            )

            _field = "property_id"
            property_id = conform(
                pop_required(d, "property_id", "CreatePurchaseOrderRequestPurchaseOrderItemsItemType0"), "str"
            )

            _field = "quantity_ordered"
            quantity_ordered = conform(
                pop_required(d, "quantity_ordered", "CreatePurchaseOrderRequestPurchaseOrderItemsItemType0"), "str"
            )

            _field = "stock_code"
            stock_code = conform(
                pop_required(d, "stock_code", "CreatePurchaseOrderRequestPurchaseOrderItemsItemType0"), "str"
            )

            _field = "total_cost_in_cents"
            total_cost_in_cents = conform(
                pop_required(d, "total_cost_in_cents", "CreatePurchaseOrderRequestPurchaseOrderItemsItemType0"), "int"
            )

            _field = "unit_price_in_cents"
            unit_price_in_cents = conform(
                pop_required(d, "unit_price_in_cents", "CreatePurchaseOrderRequestPurchaseOrderItemsItemType0"), "int"
            )

            _field = "financial_account_id"
            financial_account_id = conform(d.pop("financial_account_id", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreatePurchaseOrderRequestPurchaseOrderItemsItemType0", _field) from _failure
        _instance = cls(
            category_code=category_code,
            construction_job_id=construction_job_id,
            cost_code=cost_code,
            description=description,
            property_id=property_id,
            quantity_ordered=quantity_ordered,
            stock_code=stock_code,
            total_cost_in_cents=total_cost_in_cents,
            unit_price_in_cents=unit_price_in_cents,
            financial_account_id=financial_account_id,
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
