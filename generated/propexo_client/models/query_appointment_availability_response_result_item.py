from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.calendar_type import CalendarType, check_calendar_type

if TYPE_CHECKING:
    from ..models.query_appointment_availability_response_result_item_calendar_days_item import (
        QueryAppointmentAvailabilityResponseResultItemCalendarDaysItem,
    )


T = TypeVar("T", bound="QueryAppointmentAvailabilityResponseResultItem")


@_attrs_define
class QueryAppointmentAvailabilityResponseResultItem:
    """
    Attributes:
        agent_first_name (None | str):
        agent_last_name (None | str):
        calendar_days (list[QueryAppointmentAvailabilityResponseResultItemCalendarDaysItem]):
        calendar_type (CalendarType): One of 'AGENT_CALENDAR', 'PROPERTY_CALENDAR', 'ENTRATA_SELF_GUIDED_TOUR_CALENDAR'.
        default_appointment_length (float | None):
        last_seen (str):
        minimum_appointment_lead_time (float | None):
        timezone (None | str):
        x_agent_id (None | str):
        x_property_id (None | str):
    """

    agent_first_name: None | str
    agent_last_name: None | str
    calendar_days: list[QueryAppointmentAvailabilityResponseResultItemCalendarDaysItem]
    calendar_type: CalendarType
    default_appointment_length: float | None
    last_seen: str
    minimum_appointment_lead_time: float | None
    timezone: None | str
    x_agent_id: None | str
    x_property_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_first_name: None | str
        agent_first_name = self.agent_first_name

        agent_last_name: None | str
        agent_last_name = self.agent_last_name

        calendar_days = []
        for calendar_days_item_data in self.calendar_days:
            calendar_days_item = calendar_days_item_data.to_dict()
            calendar_days.append(calendar_days_item)

        calendar_type: str = self.calendar_type

        default_appointment_length: float | None
        default_appointment_length = self.default_appointment_length

        last_seen = self.last_seen

        minimum_appointment_lead_time: float | None
        minimum_appointment_lead_time = self.minimum_appointment_lead_time

        timezone: None | str
        timezone = self.timezone

        x_agent_id: None | str
        x_agent_id = self.x_agent_id

        x_property_id: None | str
        x_property_id = self.x_property_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_first_name": agent_first_name,
                "agent_last_name": agent_last_name,
                "calendar_days": calendar_days,
                "calendar_type": calendar_type,
                "default_appointment_length": default_appointment_length,
                "last_seen": last_seen,
                "minimum_appointment_lead_time": minimum_appointment_lead_time,
                "timezone": timezone,
                "x_agent_id": x_agent_id,
                "x_property_id": x_property_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.query_appointment_availability_response_result_item_calendar_days_item import (
            QueryAppointmentAvailabilityResponseResultItemCalendarDaysItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _field = ""
        try:
            _field = "agent_first_name"

            def _parse_agent_first_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            agent_first_name = _parse_agent_first_name(
                pop_required(d, "agent_first_name", "QueryAppointmentAvailabilityResponseResultItem")
            )

            _field = "agent_last_name"

            def _parse_agent_last_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            agent_last_name = _parse_agent_last_name(
                pop_required(d, "agent_last_name", "QueryAppointmentAvailabilityResponseResultItem")
            )

            _field = "calendar_days"
            calendar_days = []
            _calendar_days = pop_required(d, "calendar_days", "QueryAppointmentAvailabilityResponseResultItem")
            for calendar_days_item_data in _calendar_days:
                calendar_days_item = QueryAppointmentAvailabilityResponseResultItemCalendarDaysItem.from_dict(
                    calendar_days_item_data
                )

                calendar_days.append(calendar_days_item)

            _field = "calendar_type"
            calendar_type = check_calendar_type(
                pop_required(d, "calendar_type", "QueryAppointmentAvailabilityResponseResultItem")
            )

            _field = "default_appointment_length"

            def _parse_default_appointment_length(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            default_appointment_length = _parse_default_appointment_length(
                pop_required(d, "default_appointment_length", "QueryAppointmentAvailabilityResponseResultItem")
            )

            _field = "last_seen"
            last_seen = conform(pop_required(d, "last_seen", "QueryAppointmentAvailabilityResponseResultItem"), "str")

            _field = "minimum_appointment_lead_time"

            def _parse_minimum_appointment_lead_time(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            minimum_appointment_lead_time = _parse_minimum_appointment_lead_time(
                pop_required(d, "minimum_appointment_lead_time", "QueryAppointmentAvailabilityResponseResultItem")
            )

            _field = "timezone"

            def _parse_timezone(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            timezone = _parse_timezone(pop_required(d, "timezone", "QueryAppointmentAvailabilityResponseResultItem"))

            _field = "x_agent_id"

            def _parse_x_agent_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_agent_id = _parse_x_agent_id(
                pop_required(d, "x_agent_id", "QueryAppointmentAvailabilityResponseResultItem")
            )

            _field = "x_property_id"

            def _parse_x_property_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_property_id = _parse_x_property_id(
                pop_required(d, "x_property_id", "QueryAppointmentAvailabilityResponseResultItem")
            )

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "QueryAppointmentAvailabilityResponseResultItem", _field) from _failure
        _instance = cls(
            agent_first_name=agent_first_name,
            agent_last_name=agent_last_name,
            calendar_days=calendar_days,
            calendar_type=calendar_type,
            default_appointment_length=default_appointment_length,
            last_seen=last_seen,
            minimum_appointment_lead_time=minimum_appointment_lead_time,
            timezone=timezone,
            x_agent_id=x_agent_id,
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
