from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

T = TypeVar("T", bound="CreateInvoiceRequestInvoiceItemsItem")


@_attrs_define
class CreateInvoiceRequestInvoiceItemsItem:
    """
    Attributes:
        financial_account_id (str):
        notes (str):
        property_id (str):
        total_amount_in_cents (float):
    """

    financial_account_id: str
    notes: str
    property_id: str
    total_amount_in_cents: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        financial_account_id = self.financial_account_id

        notes = self.notes

        property_id = self.property_id

        total_amount_in_cents = self.total_amount_in_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "financial_account_id": financial_account_id,
                "notes": notes,
                "property_id": property_id,
                "total_amount_in_cents": total_amount_in_cents,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "financial_account_id"
            financial_account_id = conform(
                pop_required(d, "financial_account_id", "CreateInvoiceRequestInvoiceItemsItem"), "str"
            )

            _field = "notes"
            notes = conform(pop_required(d, "notes", "CreateInvoiceRequestInvoiceItemsItem"), "str")

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "CreateInvoiceRequestInvoiceItemsItem"), "str")

            _field = "total_amount_in_cents"
            total_amount_in_cents = conform(
                pop_required(d, "total_amount_in_cents", "CreateInvoiceRequestInvoiceItemsItem"), "float"
            )

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateInvoiceRequestInvoiceItemsItem", _field) from _failure
        _instance = cls(
            financial_account_id=financial_account_id,
            notes=notes,
            property_id=property_id,
            total_amount_in_cents=total_amount_in_cents,
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
