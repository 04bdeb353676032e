from typing import Literal

V1EventsApplicantsPostInputEventType = Literal["Note"]
"""One of Note."""

V1_EVENTS_APPLICANTS_POST_INPUT_EVENT_TYPE_VALUES: set[V1EventsApplicantsPostInputEventType] = {
    "Note",
}


def check_v1_events_applicants_post_input_event_type(value: str) -> V1EventsApplicantsPostInputEventType:
    if value in V1_EVENTS_APPLICANTS_POST_INPUT_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_EVENTS_APPLICANTS_POST_INPUT_EVENT_TYPE_VALUES!r}"
    )
