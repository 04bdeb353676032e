from typing import Literal

CreateLeadEventRequestEventName = Literal[
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

CREATE_LEAD_EVENT_REQUEST_EVENT_NAME_VALUES: set[CreateLeadEventRequestEventName] = {
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


def check_create_lead_event_request_event_name(value: str) -> CreateLeadEventRequestEventName:
    if value in CREATE_LEAD_EVENT_REQUEST_EVENT_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_LEAD_EVENT_REQUEST_EVENT_NAME_VALUES!r}")
