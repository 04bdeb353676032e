from typing import Literal

UpdateLeadEventRequestStatus = Literal["COMPLETED", "DENIED", "OPEN", "REVIEW"]
"""One of COMPLETED, DENIED, OPEN, REVIEW."""

UPDATE_LEAD_EVENT_REQUEST_STATUS_VALUES: set[UpdateLeadEventRequestStatus] = {
    "COMPLETED",
    "DENIED",
    "OPEN",
    "REVIEW",
}


def check_update_lead_event_request_status(value: str) -> UpdateLeadEventRequestStatus:
    if value in UPDATE_LEAD_EVENT_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_LEAD_EVENT_REQUEST_STATUS_VALUES!r}")
