from typing import Literal

CreateLeadEventRequestCallStatus = Literal[
    "ABANDONED", "ANSWER", "BUSY", "DISCONNECTED", "FAILURE_TO_CONNECT", "NO_ANSWER", "VOICEMAIL"
]
"""One of ABANDONED, ANSWER, BUSY, DISCONNECTED, FAILURE_TO_CONNECT, NO_ANSWER, VOICEMAIL."""

CREATE_LEAD_EVENT_REQUEST_CALL_STATUS_VALUES: set[CreateLeadEventRequestCallStatus] = {
    "ABANDONED",
    "ANSWER",
    "BUSY",
    "DISCONNECTED",
    "FAILURE_TO_CONNECT",
    "NO_ANSWER",
    "VOICEMAIL",
}


def check_create_lead_event_request_call_status(value: str) -> CreateLeadEventRequestCallStatus:
    if value in CREATE_LEAD_EVENT_REQUEST_CALL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_LEAD_EVENT_REQUEST_CALL_STATUS_VALUES!r}")
