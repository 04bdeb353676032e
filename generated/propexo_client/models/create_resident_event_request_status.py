from typing import Literal

CreateResidentEventRequestStatus = Literal["COMPLETED", "DENIED", "OPEN", "REVIEW"]
"""One of COMPLETED, DENIED, OPEN, REVIEW."""

CREATE_RESIDENT_EVENT_REQUEST_STATUS_VALUES: set[CreateResidentEventRequestStatus] = {
    "COMPLETED",
    "DENIED",
    "OPEN",
    "REVIEW",
}


def check_create_resident_event_request_status(value: str) -> CreateResidentEventRequestStatus:
    if value in CREATE_RESIDENT_EVENT_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_RESIDENT_EVENT_REQUEST_STATUS_VALUES!r}")
