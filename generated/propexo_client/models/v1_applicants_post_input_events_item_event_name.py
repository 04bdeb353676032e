from typing import Literal

V1ApplicantsPostInputEventsItemEventName = Literal[
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

V1_APPLICANTS_POST_INPUT_EVENTS_ITEM_EVENT_NAME_VALUES: set[V1ApplicantsPostInputEventsItemEventName] = {
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


def check_v1_applicants_post_input_events_item_event_name(value: str) -> V1ApplicantsPostInputEventsItemEventName:
    if value in V1_APPLICANTS_POST_INPUT_EVENTS_ITEM_EVENT_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_APPLICANTS_POST_INPUT_EVENTS_ITEM_EVENT_NAME_VALUES!r}"
    )
