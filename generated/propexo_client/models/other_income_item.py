from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

T = TypeVar("T", bound="OtherIncomeItem")


@_attrs_define
class OtherIncomeItem:
    """
    Attributes:
        monthly_income_in_cents (int): At least 0.
        source (str):
    """

    monthly_income_in_cents: int
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        monthly_income_in_cents = self.monthly_income_in_cents

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "monthly_income_in_cents": monthly_income_in_cents,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "monthly_income_in_cents"
            monthly_income_in_cents = conform(pop_required(d, "monthly_income_in_cents", "OtherIncomeItem"), "int")

            _field = "source"
            source = conform(pop_required(d, "source", "OtherIncomeItem"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "OtherIncomeItem", _field) from _failure
        _instance = cls(
            monthly_income_in_cents=monthly_income_in_cents,
            source=source,
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
