from typing import Literal

UpdateApplicantEventRequestStatus = Literal["COMPLETED", "DENIED", "OPEN", "REVIEW"]
"""One of COMPLETED, DENIED, OPEN, REVIEW."""

UPDATE_APPLICANT_EVENT_REQUEST_STATUS_VALUES: set[UpdateApplicantEventRequestStatus] = {
    "COMPLETED",
    "DENIED",
    "OPEN",
    "REVIEW",
}


def check_update_applicant_event_request_status(value: str) -> UpdateApplicantEventRequestStatus:
    if value in UPDATE_APPLICANT_EVENT_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_APPLICANT_EVENT_REQUEST_STATUS_VALUES!r}")
