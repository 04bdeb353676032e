from typing import Literal

CreateApplicantEventRequestCallStatus = Literal[
    "ABANDONED", "ANSWER", "BUSY", "DISCONNECTED", "FAILURE_TO_CONNECT", "NO_ANSWER", "VOICEMAIL"
]
"""One of ABANDONED, ANSWER, BUSY, DISCONNECTED, FAILURE_TO_CONNECT, NO_ANSWER, VOICEMAIL."""

CREATE_APPLICANT_EVENT_REQUEST_CALL_STATUS_VALUES: set[CreateApplicantEventRequestCallStatus] = {
    "ABANDONED",
    "ANSWER",
    "BUSY",
    "DISCONNECTED",
    "FAILURE_TO_CONNECT",
    "NO_ANSWER",
    "VOICEMAIL",
}


def check_create_applicant_event_request_call_status(value: str) -> CreateApplicantEventRequestCallStatus:
    if value in CREATE_APPLICANT_EVENT_REQUEST_CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_APPLICANT_EVENT_REQUEST_CALL_STATUS_VALUES!r}"
    )
