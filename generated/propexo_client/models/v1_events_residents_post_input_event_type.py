from typing import Literal

V1EventsResidentsPostInputEventType = Literal["Note"]
"""One of Note."""

V1_EVENTS_RESIDENTS_POST_INPUT_EVENT_TYPE_VALUES: set[V1EventsResidentsPostInputEventType] = {
    "Note",
}


def check_v1_events_residents_post_input_event_type(value: str) -> V1EventsResidentsPostInputEventType:
    if value in V1_EVENTS_RESIDENTS_POST_INPUT_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_EVENTS_RESIDENTS_POST_INPUT_EVENT_TYPE_VALUES!r}")
