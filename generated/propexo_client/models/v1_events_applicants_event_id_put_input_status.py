from typing import Literal

V1EventsApplicantsEventIdPutInputStatus = Literal["COMPLETED", "DENIED", "OPEN", "REVIEW"]
"""One of COMPLETED, DENIED, OPEN, REVIEW."""

V1_EVENTS_APPLICANTS_EVENT_ID_PUT_INPUT_STATUS_VALUES: set[V1EventsApplicantsEventIdPutInputStatus] = {
    "COMPLETED",
    "DENIED",
    "OPEN",
    "REVIEW",
}


def check_v1_events_applicants_event_id_put_input_status(value: str) -> V1EventsApplicantsEventIdPutInputStatus:
    if value in V1_EVENTS_APPLICANTS_EVENT_ID_PUT_INPUT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_EVENTS_APPLICANTS_EVENT_ID_PUT_INPUT_STATUS_VALUES!r}"
    )
