from typing import Literal

CreateLeadRequestEventsItemEventName = Literal[
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

CREATE_LEAD_REQUEST_EVENTS_ITEM_EVENT_NAME_VALUES: set[CreateLeadRequestEventsItemEventName] = {
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


def check_create_lead_request_events_item_event_name(value: str) -> CreateLeadRequestEventsItemEventName:
    if value in CREATE_LEAD_REQUEST_EVENTS_ITEM_EVENT_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_LEAD_REQUEST_EVENTS_ITEM_EVENT_NAME_VALUES!r}"
    )
