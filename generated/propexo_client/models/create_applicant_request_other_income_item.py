from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateApplicantRequestOtherIncomeItem")


@_attrs_define
class CreateApplicantRequestOtherIncomeItem:
    """
    Attributes:
        monthly_income_in_cents (int): At least 0.
        source (str):
        phone (str | Unset): Pattern: `^\\+?\\d{1,50}$`.
    """

    monthly_income_in_cents: int
    source: str
    phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        monthly_income_in_cents = self.monthly_income_in_cents

        source = self.source

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "monthly_income_in_cents": monthly_income_in_cents,
                "source": source,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "monthly_income_in_cents"
            monthly_income_in_cents = conform(
                pop_required(d, "monthly_income_in_cents", "CreateApplicantRequestOtherIncomeItem"), "int"
            )

            _field = "source"
            source = conform(pop_required(d, "source", "CreateApplicantRequestOtherIncomeItem"), "str")

            _field = "phone"
            phone = conform(d.pop("phone", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateApplicantRequestOtherIncomeItem", _field) from _failure
        _instance = cls(
            monthly_income_in_cents=monthly_income_in_cents,
            source=source,
            phone=phone,
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
