from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error
from ..models.update_lead_appointment_request_appointment_type import (
    UpdateLeadAppointmentRequestAppointmentType,
    check_update_lead_appointment_request_appointment_type,
)
from ..models.update_lead_appointment_request_priority import (
    UpdateLeadAppointmentRequestPriority,
    check_update_lead_appointment_request_priority,
)
from ..models.update_lead_appointment_request_status import (
    UpdateLeadAppointmentRequestStatus,
    check_update_lead_appointment_request_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateLeadAppointmentRequest")


@_attrs_define
class UpdateLeadAppointmentRequest:
    """
    Attributes:
        appointment_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        appointment_duration_minutes (int | Unset): Greater than 0.
        appointment_time (str | Unset): Pattern: `(?:[01]\\d|2[0123]):(?:[012345]\\d):(?:[012345]\\d)`.
        appointment_type (UpdateLeadAppointmentRequestAppointmentType | Unset): One of 'LEASING_APPOINTMENT',
            'SELF_GUIDED_TOUR', 'TOUR', 'VIRTUAL_TOUR'.
        employee_id (str | Unset):
        notes (str | Unset):
        priority (UpdateLeadAppointmentRequestPriority | Unset): One of 'HIGH', 'MEDIUM', 'LOW'.
        status (UpdateLeadAppointmentRequestStatus | Unset): One of 'COMPLETED', 'OPEN', 'REVIEW', 'DENIED'.
        title (str | Unset): Length at most 50.
        unit_id (str | Unset):
    """

    appointment_date: str | Unset = UNSET
    appointment_duration_minutes: int | Unset = UNSET
    appointment_time: str | Unset = UNSET
    appointment_type: UpdateLeadAppointmentRequestAppointmentType | Unset = UNSET
    employee_id: str | Unset = UNSET
    notes: str | Unset = UNSET
    priority: UpdateLeadAppointmentRequestPriority | Unset = UNSET
    status: UpdateLeadAppointmentRequestStatus | Unset = UNSET
    title: str | Unset = UNSET
    unit_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appointment_date = self.appointment_date

        appointment_duration_minutes = self.appointment_duration_minutes

        appointment_time = self.appointment_time

        appointment_type: str | Unset = UNSET
        if not isinstance(self.appointment_type, Unset):
            appointment_type = self.appointment_type

        employee_id = self.employee_id

        notes = self.notes

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        title = self.title

        unit_id = self.unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if appointment_date is not UNSET:
            field_dict["appointment_date"] = appointment_date
        if appointment_duration_minutes is not UNSET:
            field_dict["appointment_duration_minutes"] = appointment_duration_minutes
        if appointment_time is not UNSET:
            field_dict["appointment_time"] = appointment_time
        if appointment_type is not UNSET:
            field_dict["appointment_type"] = appointment_type
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        if notes is not UNSET:
            field_dict["notes"] = notes
        if priority is not UNSET:
            field_dict["priority"] = priority
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "appointment_date"
            appointment_date = conform(d.pop("appointment_date", UNSET), "str")

            _field = "appointment_duration_minutes"
            appointment_duration_minutes = conform(d.pop("appointment_duration_minutes", UNSET), "int")

            _field = "appointment_time"
            appointment_time = conform(d.pop("appointment_time", UNSET), "str")

            _field = "appointment_type"
            _appointment_type = d.pop("appointment_type", UNSET)
            appointment_type: UpdateLeadAppointmentRequestAppointmentType | Unset
            if isinstance(_appointment_type, Unset):
                appointment_type = UNSET
            else:
                appointment_type = check_update_lead_appointment_request_appointment_type(_appointment_type)

            _field = "employee_id"
            employee_id = conform(d.pop("employee_id", UNSET), "str")

            _field = "notes"
            notes = conform(d.pop("notes", UNSET), "str")

            _field = "priority"
            _priority = d.pop("priority", UNSET)
            priority: UpdateLeadAppointmentRequestPriority | Unset
            if isinstance(_priority, Unset):
                priority = UNSET
            else:
                priority = check_update_lead_appointment_request_priority(_priority)

            _field = "status"
            _status = d.pop("status", UNSET)
            status: UpdateLeadAppointmentRequestStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = check_update_lead_appointment_request_status(_status)

            _field = "title"
            title = conform(d.pop("title", UNSET), "str")

            _field = "unit_id"
            unit_id = conform(d.pop("unit_id", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "UpdateLeadAppointmentRequest", _field) from _failure
        _instance = cls(
            appointment_date=appointment_date,
            appointment_duration_minutes=appointment_duration_minutes,
            appointment_time=appointment_time,
            appointment_type=appointment_type,
            employee_id=employee_id,
            notes=notes,
            priority=priority,
            status=status,
            title=title,
            unit_id=unit_id,
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
