from typing import Literal

CreateResidentEventRequestCallStatus = Literal[
    "ABANDONED", "ANSWER", "BUSY", "DISCONNECTED", "FAILURE_TO_CONNECT", "NO_ANSWER", "VOICEMAIL"
]
"""One of ABANDONED, ANSWER, BUSY, DISCONNECTED, FAILURE_TO_CONNECT, NO_ANSWER, VOICEMAIL."""

CREATE_RESIDENT_EVENT_REQUEST_CALL_STATUS_VALUES: set[CreateResidentEventRequestCallStatus] = {
    "ABANDONED",
    "ANSWER",
    "BUSY",
    "DISCONNECTED",
    "FAILURE_TO_CONNECT",
    "NO_ANSWER",
    "VOICEMAIL",
}


def check_create_resident_event_request_call_status(value: str) -> CreateResidentEventRequestCallStatus:
    if value in CREATE_RESIDENT_EVENT_REQUEST_CALL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_RESIDENT_EVENT_REQUEST_CALL_STATUS_VALUES!r}")
