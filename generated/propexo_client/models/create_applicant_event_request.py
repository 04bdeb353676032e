from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.create_applicant_event_request_call_status import (
    CreateApplicantEventRequestCallStatus,
    check_create_applicant_event_request_call_status,
)
from ..models.create_applicant_event_request_event_name import (
    CreateApplicantEventRequestEventName,
    check_create_applicant_event_request_event_name,
)
from ..models.create_applicant_event_request_event_type import (
    CreateApplicantEventRequestEventType,
    check_create_applicant_event_request_event_type,
)
from ..models.create_applicant_event_request_status import (
    CreateApplicantEventRequestStatus,
    check_create_applicant_event_request_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateApplicantEventRequest")


@_attrs_define
class CreateApplicantEventRequest:
    """
    Attributes:
        integration_id (str):
        agent_name (str | Unset):
        applicant_id (str | Unset):
        application_id (str | Unset):
        appointment_datetime (datetime.datetime | Unset):
        call_audio_link (str | Unset): Format: uri.
        call_duration (int | Unset): At least 0. At most 86400.
        call_phone_number_from (str | Unset):
        call_phone_number_to (str | Unset):
        call_status (CreateApplicantEventRequestCallStatus | Unset): One of 'BUSY', 'ABANDONED', 'DISCONNECTED',
            'FAILURE_TO_CONNECT', 'NO_ANSWER', 'ANSWER', 'VOICEMAIL'.
        email_bcc (str | Unset):
        email_body (str | Unset):
        email_cc (str | Unset):
        email_from (str | Unset):
        email_send (bool | Unset):
        email_subject (str | Unset):
        email_to (str | Unset):
        employee_id (str | Unset):
        event_datetime (datetime.datetime | Unset):
        event_name (CreateApplicantEventRequestEventName | Unset): One of 'CallToProspect', 'CallFromProspect', 'Other',
            'WalkIn', 'Chat', 'Email', 'Webservice', 'Appointment', 'Show', 'Application', 'SelfGuidedTour', 'Approve',
            'CancelApplication', 'ApplicationDenied', 'Hold', 'CancelAppointment', 'LeaseSign', 'Release', 'ReturnVisit'.
        event_result_id (str | Unset):
        event_sub_type_id (str | Unset):
        event_type (CreateApplicantEventRequestEventType | Unset): One of 'Note'. Default: 'Note'.
        event_type_id (str | Unset):
        notes (str | Unset): Length at most 256.
        reasons_for_event (str | Unset):
        rent_amount_in_cents (float | Unset): At least 0.
        status (CreateApplicantEventRequestStatus | Unset): One of 'COMPLETED', 'OPEN', 'REVIEW', 'DENIED'.
        time_from (str | Unset):
        time_to (str | Unset):
        title (str | Unset):
        unit_id (str | Unset):
    """

    integration_id: str
    agent_name: str | Unset = UNSET
    applicant_id: str | Unset = UNSET
    application_id: str | Unset = UNSET
    appointment_datetime: datetime.datetime | Unset = UNSET
    call_audio_link: str | Unset = UNSET
    call_duration: int | Unset = UNSET
    call_phone_number_from: str | Unset = UNSET
    call_phone_number_to: str | Unset = UNSET
    call_status: CreateApplicantEventRequestCallStatus | Unset = UNSET
    email_bcc: str | Unset = UNSET
    email_body: str | Unset = UNSET
    email_cc: str | Unset = UNSET
    email_from: str | Unset = UNSET
    email_send: bool | Unset = UNSET
    email_subject: str | Unset = UNSET
    email_to: str | Unset = UNSET
    employee_id: str | Unset = UNSET
    event_datetime: datetime.datetime | Unset = UNSET
    event_name: CreateApplicantEventRequestEventName | Unset = UNSET
    event_result_id: str | Unset = UNSET
    event_sub_type_id: str | Unset = UNSET
    event_type: CreateApplicantEventRequestEventType | Unset = "Note"
    event_type_id: str | Unset = UNSET
    notes: str | Unset = UNSET
    reasons_for_event: str | Unset = UNSET
    rent_amount_in_cents: float | Unset = UNSET
    status: CreateApplicantEventRequestStatus | Unset = UNSET
    time_from: str | Unset = UNSET
    time_to: str | Unset = UNSET
    title: str | Unset = UNSET
    unit_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        agent_name = self.agent_name

        applicant_id = self.applicant_id

        application_id = self.application_id

        appointment_datetime: str | Unset = UNSET
        if not isinstance(self.appointment_datetime, Unset):
            appointment_datetime = self.appointment_datetime.isoformat()

        call_audio_link = self.call_audio_link

        call_duration = self.call_duration

        call_phone_number_from = self.call_phone_number_from

        call_phone_number_to = self.call_phone_number_to

        call_status: str | Unset = UNSET
        if not isinstance(self.call_status, Unset):
            call_status = self.call_status

        email_bcc = self.email_bcc

        email_body = self.email_body

        email_cc = self.email_cc

        email_from = self.email_from

        email_send = self.email_send

        email_subject = self.email_subject

        email_to = self.email_to

        employee_id = self.employee_id

        event_datetime: str | Unset = UNSET
        if not isinstance(self.event_datetime, Unset):
            event_datetime = self.event_datetime.isoformat()

        event_name: str | Unset = UNSET
        if not isinstance(self.event_name, Unset):
            event_name = self.event_name

        event_result_id = self.event_result_id

        event_sub_type_id = self.event_sub_type_id

        event_type: str | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            event_type = self.event_type

        event_type_id = self.event_type_id

        notes = self.notes

        reasons_for_event = self.reasons_for_event

        rent_amount_in_cents = self.rent_amount_in_cents

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        time_from = self.time_from

        time_to = self.time_to

        title = self.title

        unit_id = self.unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_id": integration_id,
            }
        )
        if agent_name is not UNSET:
            field_dict["agent_name"] = agent_name
        if applicant_id is not UNSET:
            field_dict["applicant_id"] = applicant_id
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if appointment_datetime is not UNSET:
            field_dict["appointment_datetime"] = appointment_datetime
        if call_audio_link is not UNSET:
            field_dict["call_audio_link"] = call_audio_link
        if call_duration is not UNSET:
            field_dict["call_duration"] = call_duration
        if call_phone_number_from is not UNSET:
            field_dict["call_phone_number_from"] = call_phone_number_from
        if call_phone_number_to is not UNSET:
            field_dict["call_phone_number_to"] = call_phone_number_to
        if call_status is not UNSET:
            field_dict["call_status"] = call_status
        if email_bcc is not UNSET:
            field_dict["email_bcc"] = email_bcc
        if email_body is not UNSET:
            field_dict["email_body"] = email_body
        if email_cc is not UNSET:
            field_dict["email_cc"] = email_cc
        if email_from is not UNSET:
            field_dict["email_from"] = email_from
        if email_send is not UNSET:
            field_dict["email_send"] = email_send
        if email_subject is not UNSET:
            field_dict["email_subject"] = email_subject
        if email_to is not UNSET:
            field_dict["email_to"] = email_to
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        if event_datetime is not UNSET:
            field_dict["event_datetime"] = event_datetime
        if event_name is not UNSET:
            field_dict["event_name"] = event_name
        if event_result_id is not UNSET:
            field_dict["event_result_id"] = event_result_id
        if event_sub_type_id is not UNSET:
            field_dict["event_sub_type_id"] = event_sub_type_id
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if event_type_id is not UNSET:
            field_dict["event_type_id"] = event_type_id
        if notes is not UNSET:
            field_dict["notes"] = notes
        if reasons_for_event is not UNSET:
            field_dict["reasons_for_event"] = reasons_for_event
        if rent_amount_in_cents is not UNSET:
            field_dict["rent_amount_in_cents"] = rent_amount_in_cents
        if status is not UNSET:
            field_dict["status"] = status
        if time_from is not UNSET:
            field_dict["time_from"] = time_from
        if time_to is not UNSET:
            field_dict["time_to"] = time_to
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
            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "CreateApplicantEventRequest"), "str")

            _field = "agent_name"
            agent_name = conform(d.pop("agent_name", UNSET), "str")

            _field = "applicant_id"
            applicant_id = conform(d.pop("applicant_id", UNSET), "str")

            _field = "application_id"
            application_id = conform(d.pop("application_id", UNSET), "str")

            _field = "appointment_datetime"
            _appointment_datetime = d.pop("appointment_datetime", UNSET)
            appointment_datetime: datetime.datetime | Unset
            if isinstance(_appointment_datetime, Unset):
                appointment_datetime = UNSET
            else:
                appointment_datetime = datetime.datetime.fromisoformat(_appointment_datetime)

            _field = "call_audio_link"
            call_audio_link = conform(d.pop("call_audio_link", UNSET), "str")

            _field = "call_duration"
            call_duration = conform(d.pop("call_duration", UNSET), "int")

            _field = "call_phone_number_from"
            call_phone_number_from = conform(d.pop("call_phone_number_from", UNSET), "str")

            _field = "call_phone_number_to"
            call_phone_number_to = conform(d.pop("call_phone_number_to", UNSET), "str")

            _field = "call_status"
            _call_status = d.pop("call_status", UNSET)
            call_status: CreateApplicantEventRequestCallStatus | Unset
            if isinstance(_call_status, Unset):
                call_status = UNSET
            else:
                call_status = check_create_applicant_event_request_call_status(_call_status)

            _field = "email_bcc"
            email_bcc = conform(d.pop("email_bcc", UNSET), "str")

            _field = "email_body"
            email_body = conform(d.pop("email_body", UNSET), "str")

            _field = "email_cc"
            email_cc = conform(d.pop("email_cc", UNSET), "str")

            _field = "email_from"
            email_from = conform(d.pop("email_from", UNSET), "str")

            _field = "email_send"
            email_send = conform(d.pop("email_send", UNSET), "bool")

            _field = "email_subject"
            email_subject = conform(d.pop("email_subject", UNSET), "str")

            _field = "email_to"
            email_to = conform(d.pop("email_to", UNSET), "str")

            _field = "employee_id"
            employee_id = conform(d.pop("employee_id", UNSET), "str")

            _field = "event_datetime"
            _event_datetime = d.pop("event_datetime", UNSET)
            event_datetime: datetime.datetime | Unset
            if isinstance(_event_datetime, Unset):
                event_datetime = UNSET
            else:
                event_datetime = datetime.datetime.fromisoformat(_event_datetime)

            _field = "event_name"
            _event_name = d.pop("event_name", UNSET)
            event_name: CreateApplicantEventRequestEventName | Unset
            if isinstance(_event_name, Unset):
                event_name = UNSET
            else:
                event_name = check_create_applicant_event_request_event_name(_event_name)

            _field = "event_result_id"
            event_result_id = conform(d.pop("event_result_id", UNSET), "str")

            _field = "event_sub_type_id"
            event_sub_type_id = conform(d.pop("event_sub_type_id", UNSET), "str")

            _field = "event_type"
            _event_type = d.pop("event_type", UNSET)
            event_type: CreateApplicantEventRequestEventType | Unset
            if isinstance(_event_type, Unset):
                event_type = UNSET
            else:
                event_type = check_create_applicant_event_request_event_type(_event_type)

            _field = "event_type_id"
            event_type_id = conform(d.pop("event_type_id", UNSET), "str")

            _field = "notes"
            notes = conform(d.pop("notes", UNSET), "str")

            _field = "reasons_for_event"
            reasons_for_event = conform(d.pop("reasons_for_event", UNSET), "str")

            _field = "rent_amount_in_cents"
            rent_amount_in_cents = conform(d.pop("rent_amount_in_cents", UNSET), "float")

            _field = "status"
            _status = d.pop("status", UNSET)
            status: CreateApplicantEventRequestStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = check_create_applicant_event_request_status(_status)

            _field = "time_from"
            time_from = conform(d.pop("time_from", UNSET), "str")

            _field = "time_to"
            time_to = conform(d.pop("time_to", UNSET), "str")

            _field = "title"
            title = conform(d.pop("title", UNSET), "str")

            _field = "unit_id"
            unit_id = conform(d.pop("unit_id", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateApplicantEventRequest", _field) from _failure
        _instance = cls(
            integration_id=integration_id,
            agent_name=agent_name,
            applicant_id=applicant_id,
            application_id=application_id,
            appointment_datetime=appointment_datetime,
            call_audio_link=call_audio_link,
            call_duration=call_duration,
            call_phone_number_from=call_phone_number_from,
            call_phone_number_to=call_phone_number_to,
            call_status=call_status,
            email_bcc=email_bcc,
            email_body=email_body,
            email_cc=email_cc,
            email_from=email_from,
            email_send=email_send,
            email_subject=email_subject,
            email_to=email_to,
            employee_id=employee_id,
            event_datetime=event_datetime,
            event_name=event_name,
            event_result_id=event_result_id,
            event_sub_type_id=event_sub_type_id,
            event_type=event_type,
            event_type_id=event_type_id,
            notes=notes,
            reasons_for_event=reasons_for_event,
            rent_amount_in_cents=rent_amount_in_cents,
            status=status,
            time_from=time_from,
            time_to=time_to,
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
