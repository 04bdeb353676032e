from typing import Literal

V1LeadsPostInputEventsItemEventName = Literal[
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

V1_LEADS_POST_INPUT_EVENTS_ITEM_EVENT_NAME_VALUES: set[V1LeadsPostInputEventsItemEventName] = {
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


def check_v1_leads_post_input_events_item_event_name(value: str) -> V1LeadsPostInputEventsItemEventName:
    if value in V1_LEADS_POST_INPUT_EVENTS_ITEM_EVENT_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_LEADS_POST_INPUT_EVENTS_ITEM_EVENT_NAME_VALUES!r}"
    )
