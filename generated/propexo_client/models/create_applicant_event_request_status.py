from typing import Literal

CreateApplicantEventRequestStatus = Literal["COMPLETED", "DENIED", "OPEN", "REVIEW"]
"""One of COMPLETED, DENIED, OPEN, REVIEW."""

CREATE_APPLICANT_EVENT_REQUEST_STATUS_VALUES: set[CreateApplicantEventRequestStatus] = {
    "COMPLETED",
    "DENIED",
    "OPEN",
    "REVIEW",
}


def check_create_applicant_event_request_status(value: str) -> CreateApplicantEventRequestStatus:
    if value in CREATE_APPLICANT_EVENT_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_APPLICANT_EVENT_REQUEST_STATUS_VALUES!r}")
