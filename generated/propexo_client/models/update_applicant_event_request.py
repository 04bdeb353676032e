from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error
from ..models.update_applicant_event_request_status import (
    UpdateApplicantEventRequestStatus,
    check_update_applicant_event_request_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateApplicantEventRequest")


@_attrs_define
class UpdateApplicantEventRequest:
    """
    Attributes:
        employee_id (str | Unset):
        event_datetime (datetime.datetime | Unset):
        event_type_id (str | Unset):
        notes (str | Unset):
        status (UpdateApplicantEventRequestStatus | Unset): One of 'COMPLETED', 'OPEN', 'REVIEW', 'DENIED'.
    """

    employee_id: str | Unset = UNSET
    event_datetime: datetime.datetime | Unset = UNSET
    event_type_id: str | Unset = UNSET
    notes: str | Unset = UNSET
    status: UpdateApplicantEventRequestStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        employee_id = self.employee_id

        event_datetime: str | Unset = UNSET
        if not isinstance(self.event_datetime, Unset):
            event_datetime = self.event_datetime.isoformat()

        event_type_id = self.event_type_id

        notes = self.notes

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        if event_datetime is not UNSET:
            field_dict["event_datetime"] = event_datetime
        if event_type_id is not UNSET:
            field_dict["event_type_id"] = event_type_id
        if notes is not UNSET:
            field_dict["notes"] = notes
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "employee_id"
            employee_id = conform(d.pop("employee_id", UNSET), "str")

            _field = "event_datetime"
            _event_datetime = d.pop("event_datetime", UNSET)
            event_datetime: datetime.datetime | Unset
            if isinstance(_event_datetime, Unset):
                event_datetime = UNSET
            else:
                event_datetime = datetime.datetime.fromisoformat(_event_datetime)

            _field = "event_type_id"
            event_type_id = conform(d.pop("event_type_id", UNSET), "str")

            _field = "notes"
            notes = conform(d.pop("notes", UNSET), "str")

            _field = "status"
            _status = d.pop("status", UNSET)
            status: UpdateApplicantEventRequestStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = check_update_applicant_event_request_status(_status)

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "UpdateApplicantEventRequest", _field) from _failure
        _instance = cls(
            employee_id=employee_id,
            event_datetime=event_datetime,
            event_type_id=event_type_id,
            notes=notes,
            status=status,
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
