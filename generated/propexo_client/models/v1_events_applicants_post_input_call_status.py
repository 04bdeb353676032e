from typing import Literal

V1EventsApplicantsPostInputCallStatus = Literal[
    "ABANDONED", "ANSWER", "BUSY", "DISCONNECTED", "FAILURE_TO_CONNECT", "NO_ANSWER", "VOICEMAIL"
]
"""One of ABANDONED, ANSWER, BUSY, DISCONNECTED, FAILURE_TO_CONNECT, NO_ANSWER, VOICEMAIL."""

V1_EVENTS_APPLICANTS_POST_INPUT_CALL_STATUS_VALUES: set[V1EventsApplicantsPostInputCallStatus] = {
    "ABANDONED",
    "ANSWER",
    "BUSY",
    "DISCONNECTED",
    "FAILURE_TO_CONNECT",
    "NO_ANSWER",
    "VOICEMAIL",
}


def check_v1_events_applicants_post_input_call_status(value: str) -> V1EventsApplicantsPostInputCallStatus:
    if value in V1_EVENTS_APPLICANTS_POST_INPUT_CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_EVENTS_APPLICANTS_POST_INPUT_CALL_STATUS_VALUES!r}"
    )
