from typing import Literal

V1EventsResidentsPostInputStatus = Literal["COMPLETED", "DENIED", "OPEN", "REVIEW"]
"""One of COMPLETED, DENIED, OPEN, REVIEW."""

V1_EVENTS_RESIDENTS_POST_INPUT_STATUS_VALUES: set[V1EventsResidentsPostInputStatus] = {
    "COMPLETED",
    "DENIED",
    "OPEN",
    "REVIEW",
}


def check_v1_events_residents_post_input_status(value: str) -> V1EventsResidentsPostInputStatus:
    if value in V1_EVENTS_RESIDENTS_POST_INPUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_EVENTS_RESIDENTS_POST_INPUT_STATUS_VALUES!r}")
