from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.simultaneous_appointment_mode import SimultaneousAppointmentMode, check_simultaneous_appointment_mode

if TYPE_CHECKING:
    from ..models.query_appointment_availability_response_result_item_calendar_days_item_available_slots_item_type_0 import (
        QueryAppointmentAvailabilityResponseResultItemCalendarDaysItemAvailableSlotsItemType0,
    )


T = TypeVar("T", bound="QueryAppointmentAvailabilityResponseResultItemCalendarDaysItem")


@_attrs_define
class QueryAppointmentAvailabilityResponseResultItemCalendarDaysItem:
    """
    Attributes:
        available_slots (list[None |
            QueryAppointmentAvailabilityResponseResultItemCalendarDaysItemAvailableSlotsItemType0]):
        closing_time (None | str): Pattern: `(?:[01]\\d|2[0123]):(?:[012345]\\d):(?:[012345]\\d)`.
        date (str): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        day_of_week (str):
        max_simultaneous_appointments (float | None):
        opening_time (None | str): Pattern: `(?:[01]\\d|2[0123]):(?:[012345]\\d):(?:[012345]\\d)`.
        simultaneous_appointment_mode (SimultaneousAppointmentMode): One of 'SINGLE', 'MULTIPLE', 'UNLIMITED',
            'UNKNOWN'.
    """

    available_slots: list[None | QueryAppointmentAvailabilityResponseResultItemCalendarDaysItemAvailableSlotsItemType0]
    closing_time: None | str
    date: str
    day_of_week: str
    max_simultaneous_appointments: float | None
    opening_time: None | str
    simultaneous_appointment_mode: SimultaneousAppointmentMode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.query_appointment_availability_response_result_item_calendar_days_item_available_slots_item_type_0 import (
            QueryAppointmentAvailabilityResponseResultItemCalendarDaysItemAvailableSlotsItemType0,  # noqa: PLC0415
        )

        available_slots = []
        for available_slots_item_data in self.available_slots:
            available_slots_item: dict[str, Any] | None
            if isinstance(
                available_slots_item_data,
                QueryAppointmentAvailabilityResponseResultItemCalendarDaysItemAvailableSlotsItemType0,
            ):
                available_slots_item = available_slots_item_data.to_dict()
            else:
                available_slots_item = available_slots_item_data
            available_slots.append(available_slots_item)

        closing_time: None | str
        closing_time = self.closing_time

        date = self.date

        day_of_week = self.day_of_week

        max_simultaneous_appointments: float | None
        max_simultaneous_appointments = self.max_simultaneous_appointments

        opening_time: None | str
        opening_time = self.opening_time

        simultaneous_appointment_mode: str = self.simultaneous_appointment_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available_slots": available_slots,
                "closing_time": closing_time,
                "date": date,
                "day_of_week": day_of_week,
                "max_simultaneous_appointments": max_simultaneous_appointments,
                "opening_time": opening_time,
                "simultaneous_appointment_mode": simultaneous_appointment_mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.query_appointment_availability_response_result_item_calendar_days_item_available_slots_item_type_0 import (
            QueryAppointmentAvailabilityResponseResultItemCalendarDaysItemAvailableSlotsItemType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _field = ""
        try:
            _field = "available_slots"
            available_slots = []
            _available_slots = pop_required(
                d, "available_slots", "QueryAppointmentAvailabilityResponseResultItemCalendarDaysItem"
            )
            for available_slots_item_data in _available_slots:

                def _parse_available_slots_item(
                    data: object,
                ) -> None | QueryAppointmentAvailabilityResponseResultItemCalendarDaysItemAvailableSlotsItemType0:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        available_slots_item_type_0 = QueryAppointmentAvailabilityResponseResultItemCalendarDaysItemAvailableSlotsItemType0.from_dict(
                            data
                        )

                        return available_slots_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(
                        None | QueryAppointmentAvailabilityResponseResultItemCalendarDaysItemAvailableSlotsItemType0,
                        conform(data),
                    )

                available_slots_item = _parse_available_slots_item(available_slots_item_data)

                available_slots.append(available_slots_item)

            _field = "closing_time"

            def _parse_closing_time(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            closing_time = _parse_closing_time(
                pop_required(d, "closing_time", "QueryAppointmentAvailabilityResponseResultItemCalendarDaysItem")
            )

            _field = "date"
            date = conform(
                pop_required(d, "date", "QueryAppointmentAvailabilityResponseResultItemCalendarDaysItem"), "str"
            )

            _field = "day_of_week"
            day_of_week = conform(
                pop_required(d, "day_of_week", "QueryAppointmentAvailabilityResponseResultItemCalendarDaysItem"), "str"
            )

            _field = "max_simultaneous_appointments"

            def _parse_max_simultaneous_appointments(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            max_simultaneous_appointments = _parse_max_simultaneous_appointments(
                pop_required(
                    d, "max_simultaneous_appointments", "QueryAppointmentAvailabilityResponseResultItemCalendarDaysItem"
                )
            )

            _field = "opening_time"

            def _parse_opening_time(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            opening_time = _parse_opening_time(
                pop_required(d, "opening_time", "QueryAppointmentAvailabilityResponseResultItemCalendarDaysItem")
            )

            _field = "simultaneous_appointment_mode"
            simultaneous_appointment_mode = check_simultaneous_appointment_mode(
                pop_required(
                    d, "simultaneous_appointment_mode", "QueryAppointmentAvailabilityResponseResultItemCalendarDaysItem"
                )
            )

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(
                _failure, "QueryAppointmentAvailabilityResponseResultItemCalendarDaysItem", _field
            ) from _failure
        _instance = cls(
            available_slots=available_slots,
            closing_time=closing_time,
            date=date,
            day_of_week=day_of_week,
            max_simultaneous_appointments=max_simultaneous_appointments,
            opening_time=opening_time,
            simultaneous_appointment_mode=simultaneous_appointment_mode,
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
