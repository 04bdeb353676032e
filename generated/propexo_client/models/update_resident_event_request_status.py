from typing import Literal

UpdateResidentEventRequestStatus = Literal["COMPLETED", "DENIED", "OPEN", "REVIEW"]
"""One of COMPLETED, DENIED, OPEN, REVIEW."""

UPDATE_RESIDENT_EVENT_REQUEST_STATUS_VALUES: set[UpdateResidentEventRequestStatus] = {
    "COMPLETED",
    "DENIED",
    "OPEN",
    "REVIEW",
}


def check_update_resident_event_request_status(value: str) -> UpdateResidentEventRequestStatus:
    if value in UPDATE_RESIDENT_EVENT_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_RESIDENT_EVENT_REQUEST_STATUS_VALUES!r}")
