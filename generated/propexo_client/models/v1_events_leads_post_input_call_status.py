from typing import Literal

V1EventsLeadsPostInputCallStatus = Literal[
    "ABANDONED", "ANSWER", "BUSY", "DISCONNECTED", "FAILURE_TO_CONNECT", "NO_ANSWER", "VOICEMAIL"
]
"""One of ABANDONED, ANSWER, BUSY, DISCONNECTED, FAILURE_TO_CONNECT, NO_ANSWER, VOICEMAIL."""

V1_EVENTS_LEADS_POST_INPUT_CALL_STATUS_VALUES: set[V1EventsLeadsPostInputCallStatus] = {
    "ABANDONED",
    "ANSWER",
    "BUSY",
    "DISCONNECTED",
    "FAILURE_TO_CONNECT",
    "NO_ANSWER",
    "VOICEMAIL",
}


def check_v1_events_leads_post_input_call_status(value: str) -> V1EventsLeadsPostInputCallStatus:
    if value in V1_EVENTS_LEADS_POST_INPUT_CALL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_EVENTS_LEADS_POST_INPUT_CALL_STATUS_VALUES!r}")
