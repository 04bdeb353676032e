from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

T = TypeVar("T", bound="PayableRegisterPayableRegisterItemsItem")


@_attrs_define
class PayableRegisterPayableRegisterItemsItem:
    """
    Attributes:
        amount_due_in_cents (float | None):
        cash_financial_account_id (None | str):
        construction_job_id (None | str):
        cost_code (None | str):
        financial_account_id (None | str):
        notes (None | str):
        payable_register_id (str):
        property_id (str):
        total_amount_in_cents (float | None):
        x_cash_financial_account_id (None | str):
        x_gl_account_id (None | str):
        x_id (str):
        x_location_id (None | str):
        x_property_id (str):
    """

    amount_due_in_cents: float | None
    cash_financial_account_id: None | str
    construction_job_id: None | str
    cost_code: None | str
    financial_account_id: None | str
    notes: None | str
    payable_register_id: str
    property_id: str
    total_amount_in_cents: float | None
    x_cash_financial_account_id: None | str
    x_gl_account_id: None | str
    x_id: str
    x_location_id: None | str
    x_property_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_due_in_cents: float | None
        amount_due_in_cents = self.amount_due_in_cents

        cash_financial_account_id: None | str
        cash_financial_account_id = self.cash_financial_account_id

        construction_job_id: None | str
        construction_job_id = self.construction_job_id

        cost_code: None | str
        cost_code = self.cost_code

        financial_account_id: None | str
        financial_account_id = self.financial_account_id

        notes: None | str
        notes = self.notes

        payable_register_id = self.payable_register_id

        property_id = self.property_id

        total_amount_in_cents: float | None
        total_amount_in_cents = self.total_amount_in_cents

        x_cash_financial_account_id: None | str
        x_cash_financial_account_id = self.x_cash_financial_account_id

        x_gl_account_id: None | str
        x_gl_account_id = self.x_gl_account_id

        x_id = self.x_id

        x_location_id: None | str
        x_location_id = self.x_location_id

        x_property_id = self.x_property_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_due_in_cents": amount_due_in_cents,
                "cash_financial_account_id": cash_financial_account_id,
                "construction_job_id": construction_job_id,
                "cost_code": cost_code,
                "financial_account_id": financial_account_id,
                "notes": notes,
                "payable_register_id": payable_register_id,
                "property_id": property_id,
                "total_amount_in_cents": total_amount_in_cents,
                "x_cash_financial_account_id": x_cash_financial_account_id,
                "x_gl_account_id": x_gl_account_id,
                "x_id": x_id,
                "x_location_id": x_location_id,
                "x_property_id": x_property_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "amount_due_in_cents"

            def _parse_amount_due_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            amount_due_in_cents = _parse_amount_due_in_cents(
                pop_required(d, "amount_due_in_cents", "PayableRegisterPayableRegisterItemsItem")
            )

            _field = "cash_financial_account_id"

            def _parse_cash_financial_account_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            cash_financial_account_id = _parse_cash_financial_account_id(
                pop_required(d, "cash_financial_account_id", "PayableRegisterPayableRegisterItemsItem")
            )

            _field = "construction_job_id"

            def _parse_construction_job_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            construction_job_id = _parse_construction_job_id(
                pop_required(d, "construction_job_id", "PayableRegisterPayableRegisterItemsItem")
            )

            _field = "cost_code"

            def _parse_cost_code(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            cost_code = _parse_cost_code(pop_required(d, "cost_code", "PayableRegisterPayableRegisterItemsItem"))

            _field = "financial_account_id"

            def _parse_financial_account_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            financial_account_id = _parse_financial_account_id(
                pop_required(d, "financial_account_id", "PayableRegisterPayableRegisterItemsItem")
            )

            _field = "notes"

            def _parse_notes(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            notes = _parse_notes(pop_required(d, "notes", "PayableRegisterPayableRegisterItemsItem"))

            _field = "payable_register_id"
            payable_register_id = conform(
                pop_required(d, "payable_register_id", "PayableRegisterPayableRegisterItemsItem"), "str"
            )

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "PayableRegisterPayableRegisterItemsItem"), "str")

            _field = "total_amount_in_cents"

            def _parse_total_amount_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            total_amount_in_cents = _parse_total_amount_in_cents(
                pop_required(d, "total_amount_in_cents", "PayableRegisterPayableRegisterItemsItem")
            )

            _field = "x_cash_financial_account_id"

            def _parse_x_cash_financial_account_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_cash_financial_account_id = _parse_x_cash_financial_account_id(
                pop_required(d, "x_cash_financial_account_id", "PayableRegisterPayableRegisterItemsItem")
            )

            _field = "x_gl_account_id"

            def _parse_x_gl_account_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_gl_account_id = _parse_x_gl_account_id(
                pop_required(d, "x_gl_account_id", "PayableRegisterPayableRegisterItemsItem")
            )

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "PayableRegisterPayableRegisterItemsItem"), "str")

            _field = "x_location_id"

            def _parse_x_location_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_location_id = _parse_x_location_id(
                pop_required(d, "x_location_id", "PayableRegisterPayableRegisterItemsItem")
            )

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "PayableRegisterPayableRegisterItemsItem"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "PayableRegisterPayableRegisterItemsItem", _field) from _failure
        _instance = cls(
            amount_due_in_cents=amount_due_in_cents,
            cash_financial_account_id=cash_financial_account_id,
            construction_job_id=construction_job_id,
            cost_code=cost_code,
            financial_account_id=financial_account_id,
            notes=notes,
            payable_register_id=payable_register_id,
            property_id=property_id,
            total_amount_in_cents=total_amount_in_cents,
            x_cash_financial_account_id=x_cash_financial_account_id,
            x_gl_account_id=x_gl_account_id,
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
