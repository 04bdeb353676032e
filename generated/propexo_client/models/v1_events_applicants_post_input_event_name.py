from typing import Literal

V1EventsApplicantsPostInputEventName = Literal[
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

V1_EVENTS_APPLICANTS_POST_INPUT_EVENT_NAME_VALUES: set[V1EventsApplicantsPostInputEventName] = {
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


def check_v1_events_applicants_post_input_event_name(value: str) -> V1EventsApplicantsPostInputEventName:
    if value in V1_EVENTS_APPLICANTS_POST_INPUT_EVENT_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_EVENTS_APPLICANTS_POST_INPUT_EVENT_NAME_VALUES!r}"
    )
