from typing import Literal

CreateLeadRequestStatus = Literal["ACTIVE", "COLD", "INACTIVE", "WAITLISTED"]
"""One of ACTIVE, COLD, INACTIVE, WAITLISTED."""

CREATE_LEAD_REQUEST_STATUS_VALUES: set[CreateLeadRequestStatus] = {
    "ACTIVE",
    "COLD",
    "INACTIVE",
    "WAITLISTED",
}


def check_create_lead_request_status(value: str) -> CreateLeadRequestStatus:
    if value in CREATE_LEAD_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_LEAD_REQUEST_STATUS_VALUES!r}")
