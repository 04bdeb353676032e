from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddOnsItem")


@_attrs_define
class AddOnsItem:
    """
    Attributes:
        employee_id (str):
        rentable_item_id (str):
        end_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        start_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
    """

    employee_id: str
    rentable_item_id: str
    end_date: str | Unset = UNSET
    start_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        employee_id = self.employee_id

        rentable_item_id = self.rentable_item_id

        end_date = self.end_date

        start_date = self.start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "employee_id": employee_id,
                "rentable_item_id": rentable_item_id,
            }
        )
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if start_date is not UNSET:
            field_dict["start_date"] = start_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "employee_id"
            employee_id = conform(pop_required(d, "employee_id", "AddOnsItem"), "str")

            _field = "rentable_item_id"
            rentable_item_id = conform(pop_required(d, "rentable_item_id", "AddOnsItem"), "str")

            _field = "end_date"
            end_date = conform(d.pop("end_date", UNSET), "str")

            _field = "start_date"
            start_date = conform(d.pop("start_date", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "AddOnsItem", _field) from _failure
        _instance = cls(
            employee_id=employee_id,
            rentable_item_id=rentable_item_id,
            end_date=end_date,
            start_date=start_date,
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
