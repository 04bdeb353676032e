from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

T = TypeVar("T", bound="QueryAppointmentAvailabilityResponseResultItemCalendarDaysItemAvailableSlotsItemType0")


@_attrs_define
class QueryAppointmentAvailabilityResponseResultItemCalendarDaysItemAvailableSlotsItemType0:
    """
    Attributes:
        end (None | str): Pattern: `(?:[01]\\d|2[0123]):(?:[012345]\\d):(?:[012345]\\d)`.
        start (str): Pattern: `(?:[01]\\d|2[0123]):(?:[012345]\\d):(?:[012345]\\d)`.
    """

    end: None | str
    start: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end: None | str
        end = self.end

        start = self.start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end": end,
                "start": start,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "end"

            def _parse_end(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            end = _parse_end(
                pop_required(
                    d, "end", "QueryAppointmentAvailabilityResponseResultItemCalendarDaysItemAvailableSlotsItemType0"
                )
            )

            _field = "start"
            start = conform(
                pop_required(
                    d, "start", "QueryAppointmentAvailabilityResponseResultItemCalendarDaysItemAvailableSlotsItemType0"
                ),
                "str",
            )

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(
                _failure,
                "QueryAppointmentAvailabilityResponseResultItemCalendarDaysItemAvailableSlotsItemType0",
                _field,
            ) from _failure
        _instance = cls(
            end=end,
            start=start,
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
