from typing import Literal

CreateApplicantRequestEventsItemEventName = Literal[
    "Application",
    "Appointment",
    "CallFromProspect",
    "CallToProspect",
    "Chat",
    "Email",
    "Other",
    "SelfGuidedTour",
    "Show",
    "Text",
    "WalkIn",
    "Webservice",
]
"""One of Application, Appointment, CallFromProspect, CallToProspect, Chat, Email, Other, SelfGuidedTour, Show, Text, WalkIn, Webservice."""

CREATE_APPLICANT_REQUEST_EVENTS_ITEM_EVENT_NAME_VALUES: set[CreateApplicantRequestEventsItemEventName] = {
    "Application",
    "Appointment",
    "CallFromProspect",
    "CallToProspect",
    "Chat",
    "Email",
    "Other",
    "SelfGuidedTour",
    "Show",
    "Text",
    "WalkIn",
    "Webservice",
}


def check_create_applicant_request_events_item_event_name(value: str) -> CreateApplicantRequestEventsItemEventName:
    if value in CREATE_APPLICANT_REQUEST_EVENTS_ITEM_EVENT_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_APPLICANT_REQUEST_EVENTS_ITEM_EVENT_NAME_VALUES!r}"
    )
