from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

T = TypeVar("T", bound="IncomeSource")


@_attrs_define
class IncomeSource:
    """
    Attributes:
        amount_in_cents (float | None):
        amount_raw (None | str):
        type_normalized (None | str):
        type_raw (None | str):
    """

    amount_in_cents: float | None
    amount_raw: None | str
    type_normalized: None | str
    type_raw: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_in_cents: float | None
        amount_in_cents = self.amount_in_cents

        amount_raw: None | str
        amount_raw = self.amount_raw

        type_normalized: None | str
        type_normalized = self.type_normalized

        type_raw: None | str
        type_raw = self.type_raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_in_cents": amount_in_cents,
                "amount_raw": amount_raw,
                "type_normalized": type_normalized,
                "type_raw": type_raw,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "amount_in_cents"

            def _parse_amount_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            amount_in_cents = _parse_amount_in_cents(pop_required(d, "amount_in_cents", "IncomeSource"))

            _field = "amount_raw"

            def _parse_amount_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            amount_raw = _parse_amount_raw(pop_required(d, "amount_raw", "IncomeSource"))

            _field = "type_normalized"

            def _parse_type_normalized(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            type_normalized = _parse_type_normalized(pop_required(d, "type_normalized", "IncomeSource"))

            _field = "type_raw"

            def _parse_type_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            type_raw = _parse_type_raw(pop_required(d, "type_raw", "IncomeSource"))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "IncomeSource", _field) from _failure
        _instance = cls(
            amount_in_cents=amount_in_cents,
            amount_raw=amount_raw,
            type_normalized=type_normalized,
            type_raw=type_raw,
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
