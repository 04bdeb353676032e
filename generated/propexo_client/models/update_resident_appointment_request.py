from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error
from ..models.update_resident_appointment_request_status import (
    UpdateResidentAppointmentRequestStatus,
    check_update_resident_appointment_request_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateResidentAppointmentRequest")


@_attrs_define
class UpdateResidentAppointmentRequest:
    """
    Attributes:
        appointment_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        appointment_duration_minutes (int | Unset): Greater than 0.
        appointment_time (str | Unset): Pattern: `(?:[01]\\d|2[0123]):(?:[012345]\\d):(?:[012345]\\d)`.
        employee_id (str | Unset):
        notes (str | Unset):
        status (UpdateResidentAppointmentRequestStatus | Unset): One of 'COMPLETED', 'OPEN', 'REVIEW', 'DENIED'.
        title (str | Unset): Length at most 50.
    """

    appointment_date: str | Unset = UNSET
    appointment_duration_minutes: int | Unset = UNSET
    appointment_time: str | Unset = UNSET
    employee_id: str | Unset = UNSET
    notes: str | Unset = UNSET
    status: UpdateResidentAppointmentRequestStatus | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appointment_date = self.appointment_date

        appointment_duration_minutes = self.appointment_duration_minutes

        appointment_time = self.appointment_time

        employee_id = self.employee_id

        notes = self.notes

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if appointment_date is not UNSET:
            field_dict["appointment_date"] = appointment_date
        if appointment_duration_minutes is not UNSET:
            field_dict["appointment_duration_minutes"] = appointment_duration_minutes
        if appointment_time is not UNSET:
            field_dict["appointment_time"] = appointment_time
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        if notes is not UNSET:
            field_dict["notes"] = notes
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title

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

            _field = "employee_id"
            employee_id = conform(d.pop("employee_id", UNSET), "str")

            _field = "notes"
            notes = conform(d.pop("notes", UNSET), "str")

            _field = "status"
            _status = d.pop("status", UNSET)
            status: UpdateResidentAppointmentRequestStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = check_update_resident_appointment_request_status(_status)

            _field = "title"
            title = conform(d.pop("title", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "UpdateResidentAppointmentRequest", _field) from _failure
        _instance = cls(
            appointment_date=appointment_date,
            appointment_duration_minutes=appointment_duration_minutes,
            appointment_time=appointment_time,
            employee_id=employee_id,
            notes=notes,
            status=status,
            title=title,
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
