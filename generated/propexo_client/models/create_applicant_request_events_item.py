from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.create_applicant_request_events_item_event_name import (
    CreateApplicantRequestEventsItemEventName,
    check_create_applicant_request_events_item_event_name,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateApplicantRequestEventsItem")


@_attrs_define
class CreateApplicantRequestEventsItem:
    """
    Attributes:
        employee_id (str):
        event_datetime (datetime.datetime):
        event_name (CreateApplicantRequestEventsItemEventName): One of 'CallToProspect', 'CallFromProspect', 'Other',
            'WalkIn', 'Chat', 'Email', 'Text', 'Webservice', 'Appointment', 'Show', 'Application', 'SelfGuidedTour'.
        lead_source_id (str | Unset):
        notes (str | Unset): Length at most 256.
        reasons_for_event (str | Unset):
        unit_id (str | Unset):
    """

    employee_id: str
    event_datetime: datetime.datetime
    event_name: CreateApplicantRequestEventsItemEventName
    lead_source_id: str | Unset = UNSET
    notes: str | Unset = UNSET
    reasons_for_event: str | Unset = UNSET
    unit_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        employee_id = self.employee_id

        event_datetime = self.event_datetime.isoformat()

        event_name: str = self.event_name

        lead_source_id = self.lead_source_id

        notes = self.notes

        reasons_for_event = self.reasons_for_event

        unit_id = self.unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "employee_id": employee_id,
                "event_datetime": event_datetime,
                "event_name": event_name,
            }
        )
        if lead_source_id is not UNSET:
            field_dict["lead_source_id"] = lead_source_id
        if notes is not UNSET:
            field_dict["notes"] = notes
        if reasons_for_event is not UNSET:
            field_dict["reasons_for_event"] = reasons_for_event
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "employee_id"
            employee_id = conform(pop_required(d, "employee_id", "CreateApplicantRequestEventsItem"), "str")

            _field = "event_datetime"
            event_datetime = datetime.datetime.fromisoformat(
                pop_required(d, "event_datetime", "CreateApplicantRequestEventsItem")
            )

            _field = "event_name"
            event_name = check_create_applicant_request_events_item_event_name(
                pop_required(d, "event_name", "CreateApplicantRequestEventsItem")
            )

            _field = "lead_source_id"
            lead_source_id = conform(d.pop("lead_source_id", UNSET), "str")

            _field = "notes"
            notes = conform(d.pop("notes", UNSET), "str")

            _field = "reasons_for_event"
            reasons_for_event = conform(d.pop("reasons_for_event", UNSET), "str")

            _field = "unit_id"
            unit_id = conform(d.pop("unit_id", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateApplicantRequestEventsItem", _field) from _failure
        _instance = cls(
            employee_id=employee_id,
            event_datetime=event_datetime,
            event_name=event_name,
            lead_source_id=lead_source_id,
            notes=notes,
            reasons_for_event=reasons_for_event,
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
