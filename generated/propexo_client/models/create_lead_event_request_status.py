from typing import Literal

CreateLeadEventRequestStatus = Literal["ACTIVE", "FUTURE", "LEASED", "LOST", "UNQUALIFIED"]
"""One of ACTIVE, FUTURE, LEASED, LOST, UNQUALIFIED."""

CREATE_LEAD_EVENT_REQUEST_STATUS_VALUES: set[CreateLeadEventRequestStatus] = {
    "ACTIVE",
    "FUTURE",
    "LEASED",
    "LOST",
    "UNQUALIFIED",
}


def check_create_lead_event_request_status(value: str) -> CreateLeadEventRequestStatus:
    if value in CREATE_LEAD_EVENT_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_LEAD_EVENT_REQUEST_STATUS_VALUES!r}")
