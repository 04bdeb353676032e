from typing import Literal

UpdateLeadRequestStatus = Literal["ACTIVE", "COLD", "INACTIVE", "WAITLISTED"]
"""One of ACTIVE, COLD, INACTIVE, WAITLISTED."""

UPDATE_LEAD_REQUEST_STATUS_VALUES: set[UpdateLeadRequestStatus] = {
    "ACTIVE",
    "COLD",
    "INACTIVE",
    "WAITLISTED",
}


def check_update_lead_request_status(value: str) -> UpdateLeadRequestStatus:
    if value in UPDATE_LEAD_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_LEAD_REQUEST_STATUS_VALUES!r}")
