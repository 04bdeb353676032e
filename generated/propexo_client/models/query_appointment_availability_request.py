from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.query_appointment_availability_request_calendar_types_item import (
    QueryAppointmentAvailabilityRequestCalendarTypesItem,
    check_query_appointment_availability_request_calendar_types_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="QueryAppointmentAvailabilityRequest")


@_attrs_define
class QueryAppointmentAvailabilityRequest:
    """
    Attributes:
        integration_id (str):
        appointment_duration_minutes (int | Unset): Greater than 0. Default: 30.
        availability_duration_days (int | Unset): At least 1. At most 7.
        availability_start_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        calendar_types (list[QueryAppointmentAvailabilityRequestCalendarTypesItem] | Unset):
        employee_id (str | Unset):
        property_id (str | Unset):
    """

    integration_id: str
    appointment_duration_minutes: int | Unset = 30
    availability_duration_days: int | Unset = UNSET
    availability_start_date: str | Unset = UNSET
    calendar_types: list[QueryAppointmentAvailabilityRequestCalendarTypesItem] | Unset = UNSET
    employee_id: str | Unset = UNSET
    property_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        appointment_duration_minutes = self.appointment_duration_minutes

        availability_duration_days = self.availability_duration_days

        availability_start_date = self.availability_start_date

        calendar_types: list[str] | Unset = UNSET
        if not isinstance(self.calendar_types, Unset):
            calendar_types = []
            for calendar_types_item_data in self.calendar_types:
                calendar_types_item: str = calendar_types_item_data
                calendar_types.append(calendar_types_item)

        employee_id = self.employee_id

        property_id = self.property_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_id": integration_id,
            }
        )
        if appointment_duration_minutes is not UNSET:
            field_dict["appointment_duration_minutes"] = appointment_duration_minutes
        if availability_duration_days is not UNSET:
            field_dict["availability_duration_days"] = availability_duration_days
        if availability_start_date is not UNSET:
            field_dict["availability_start_date"] = availability_start_date
        if calendar_types is not UNSET:
            field_dict["calendar_types"] = calendar_types
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        if property_id is not UNSET:
            field_dict["property_id"] = property_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "QueryAppointmentAvailabilityRequest"), "str")

            _field = "appointment_duration_minutes"
            appointment_duration_minutes = conform(d.pop("appointment_duration_minutes", UNSET), "int")

            _field = "availability_duration_days"
            availability_duration_days = conform(d.pop("availability_duration_days", UNSET), "int")

            _field = "availability_start_date"
            availability_start_date = conform(d.pop("availability_start_date", UNSET), "str")

            _field = "calendar_types"
            _calendar_types = d.pop("calendar_types", UNSET)
            calendar_types: list[QueryAppointmentAvailabilityRequestCalendarTypesItem] | Unset = UNSET
            if _calendar_types is not UNSET:
                calendar_types = []
                for calendar_types_item_data in _calendar_types:
                    calendar_types_item = check_query_appointment_availability_request_calendar_types_item(
                        calendar_types_item_data
                    )

                    calendar_types.append(calendar_types_item)

            _field = "employee_id"
            employee_id = conform(d.pop("employee_id", UNSET), "str")

            _field = "property_id"
            property_id = conform(d.pop("property_id", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "QueryAppointmentAvailabilityRequest", _field) from _failure
        _instance = cls(
            integration_id=integration_id,
            appointment_duration_minutes=appointment_duration_minutes,
            availability_duration_days=availability_duration_days,
            availability_start_date=availability_start_date,
            calendar_types=calendar_types,
            employee_id=employee_id,
            property_id=property_id,
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
