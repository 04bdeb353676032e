from typing import Literal

CreateApplicantEventRequestEventType = Literal["Note"]
"""One of Note."""

CREATE_APPLICANT_EVENT_REQUEST_EVENT_TYPE_VALUES: set[CreateApplicantEventRequestEventType] = {
    "Note",
}


def check_create_applicant_event_request_event_type(value: str) -> CreateApplicantEventRequestEventType:
    if value in CREATE_APPLICANT_EVENT_REQUEST_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_APPLICANT_EVENT_REQUEST_EVENT_TYPE_VALUES!r}")
