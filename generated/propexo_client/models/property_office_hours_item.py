from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.day_of_week import DayOfWeek, check_day_of_week

T = TypeVar("T", bound="PropertyOfficeHoursItem")


@_attrs_define
class PropertyOfficeHoursItem:
    """
    Attributes:
        close_time (str):
        day_of_week (DayOfWeek): One of 'SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'.
        open_time (str):
    """

    close_time: str
    day_of_week: DayOfWeek
    open_time: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        close_time = self.close_time

        day_of_week: str = self.day_of_week

        open_time = self.open_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "close_time": close_time,
                "day_of_week": day_of_week,
                "open_time": open_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "close_time"
            close_time = conform(pop_required(d, "close_time", "PropertyOfficeHoursItem"), "str")

            _field = "day_of_week"
            day_of_week = check_day_of_week(pop_required(d, "day_of_week", "PropertyOfficeHoursItem"))

            _field = "open_time"
            open_time = conform(pop_required(d, "open_time", "PropertyOfficeHoursItem"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "PropertyOfficeHoursItem", _field) from _failure
        _instance = cls(
            close_time=close_time,
            day_of_week=day_of_week,
            open_time=open_time,
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
