from typing import Literal

V1EventsApplicantsPostInputStatus = Literal["COMPLETED", "DENIED", "OPEN", "REVIEW"]
"""One of COMPLETED, DENIED, OPEN, REVIEW."""

V1_EVENTS_APPLICANTS_POST_INPUT_STATUS_VALUES: set[V1EventsApplicantsPostInputStatus] = {
    "COMPLETED",
    "DENIED",
    "OPEN",
    "REVIEW",
}


def check_v1_events_applicants_post_input_status(value: str) -> V1EventsApplicantsPostInputStatus:
    if value in V1_EVENTS_APPLICANTS_POST_INPUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_EVENTS_APPLICANTS_POST_INPUT_STATUS_VALUES!r}")
