from typing import Literal

V1EventsResidentsPostInputCallStatus = Literal[
    "ABANDONED", "ANSWER", "BUSY", "DISCONNECTED", "FAILURE_TO_CONNECT", "NO_ANSWER", "VOICEMAIL"
]
"""One of ABANDONED, ANSWER, BUSY, DISCONNECTED, FAILURE_TO_CONNECT, NO_ANSWER, VOICEMAIL."""

V1_EVENTS_RESIDENTS_POST_INPUT_CALL_STATUS_VALUES: set[V1EventsResidentsPostInputCallStatus] = {
    "ABANDONED",
    "ANSWER",
    "BUSY",
    "DISCONNECTED",
    "FAILURE_TO_CONNECT",
    "NO_ANSWER",
    "VOICEMAIL",
}


def check_v1_events_residents_post_input_call_status(value: str) -> V1EventsResidentsPostInputCallStatus:
    if value in V1_EVENTS_RESIDENTS_POST_INPUT_CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_EVENTS_RESIDENTS_POST_INPUT_CALL_STATUS_VALUES!r}"
    )
