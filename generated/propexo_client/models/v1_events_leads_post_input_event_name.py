from typing import Literal

V1EventsLeadsPostInputEventName = Literal[
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

V1_EVENTS_LEADS_POST_INPUT_EVENT_NAME_VALUES: set[V1EventsLeadsPostInputEventName] = {
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


def check_v1_events_leads_post_input_event_name(value: str) -> V1EventsLeadsPostInputEventName:
    if value in V1_EVENTS_LEADS_POST_INPUT_EVENT_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_EVENTS_LEADS_POST_INPUT_EVENT_NAME_VALUES!r}")
