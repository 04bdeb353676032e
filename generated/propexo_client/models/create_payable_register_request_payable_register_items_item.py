from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePayableRegisterRequestPayableRegisterItemsItem")


@_attrs_define
class CreatePayableRegisterRequestPayableRegisterItemsItem:
    """
    Attributes:
        property_id (str):
        total_amount_in_cents (float):
        cash_financial_account_id (str | Unset):
        financial_account_id (str | Unset):
        notes (str | Unset): Length at most 512.
        purchase_order_item_id (str | Unset):
    """

    property_id: str
    total_amount_in_cents: float
    cash_financial_account_id: str | Unset = UNSET
    financial_account_id: str | Unset = UNSET
    notes: str | Unset = UNSET
    purchase_order_item_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_id = self.property_id

        total_amount_in_cents = self.total_amount_in_cents

        cash_financial_account_id = self.cash_financial_account_id

        financial_account_id = self.financial_account_id

        notes = self.notes

        purchase_order_item_id = self.purchase_order_item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property_id": property_id,
                "total_amount_in_cents": total_amount_in_cents,
            }
        )
        if cash_financial_account_id is not UNSET:
            field_dict["cash_financial_account_id"] = cash_financial_account_id
        if financial_account_id is not UNSET:
            field_dict["financial_account_id"] = financial_account_id
        if notes is not UNSET:
            field_dict["notes"] = notes
        if purchase_order_item_id is not UNSET:
            field_dict["purchase_order_item_id"] = purchase_order_item_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "property_id"
            property_id = conform(
                pop_required(d, "property_id", "CreatePayableRegisterRequestPayableRegisterItemsItem"), "str"
            )

            _field = "total_amount_in_cents"
            total_amount_in_cents = conform(
                pop_required(d, "total_amount_in_cents", "CreatePayableRegisterRequestPayableRegisterItemsItem"),
                "float",
            )

            _field = "cash_financial_account_id"
            cash_financial_account_id = conform(d.pop("cash_financial_account_id", UNSET), "str")

            _field = "financial_account_id"
            financial_account_id = conform(d.pop("financial_account_id", UNSET), "str")

            _field = "notes"
            notes = conform(d.pop("notes", UNSET), "str")

            _field = "purchase_order_item_id"
            purchase_order_item_id = conform(d.pop("purchase_order_item_id", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreatePayableRegisterRequestPayableRegisterItemsItem", _field) from _failure
        _instance = cls(
            property_id=property_id,
            total_amount_in_cents=total_amount_in_cents,
            cash_financial_account_id=cash_financial_account_id,
            financial_account_id=financial_account_id,
            notes=notes,
            purchase_order_item_id=purchase_order_item_id,
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
