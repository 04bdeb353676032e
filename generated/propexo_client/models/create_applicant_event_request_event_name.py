from typing import Literal

CreateApplicantEventRequestEventName = Literal[
    "Application",
    "ApplicationDenied",
    "Appointment",
    "Approve",
    "CallFromProspect",
    "CallToProspect",
    "CancelApplication",
    "CancelAppointment",
    "Chat",
    "Email",
    "Hold",
    "LeaseSign",
    "Other",
    "Release",
    "ReturnVisit",
    "SelfGuidedTour",
    "Show",
    "WalkIn",
    "Webservice",
]
"""One of Application, ApplicationDenied, Appointment, Approve, CallFromProspect, CallToProspect, CancelApplication, CancelAppointment, Chat, Email, Hold, LeaseSign, Other, Release, ReturnVisit, SelfGuidedTour, Show, WalkIn, Webservice."""

CREATE_APPLICANT_EVENT_REQUEST_EVENT_NAME_VALUES: set[CreateApplicantEventRequestEventName] = {
    "Application",
    "ApplicationDenied",
    "Appointment",
    "Approve",
    "CallFromProspect",
    "CallToProspect",
    "CancelApplication",
    "CancelAppointment",
    "Chat",
    "Email",
    "Hold",
    "LeaseSign",
    "Other",
    "Release",
    "ReturnVisit",
    "SelfGuidedTour",
    "Show",
    "WalkIn",
    "Webservice",
}


def check_create_applicant_event_request_event_name(value: str) -> CreateApplicantEventRequestEventName:
    if value in CREATE_APPLICANT_EVENT_REQUEST_EVENT_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_APPLICANT_EVENT_REQUEST_EVENT_NAME_VALUES!r}")
