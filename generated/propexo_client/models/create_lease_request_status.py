from typing import Literal

CreateLeaseRequestStatus = Literal["ACTIVE", "PENDING"]
"""One of ACTIVE, PENDING."""

CREATE_LEASE_REQUEST_STATUS_VALUES: set[CreateLeaseRequestStatus] = {
    "ACTIVE",
    "PENDING",
}


def check_create_lease_request_status(value: str) -> CreateLeaseRequestStatus:
    if value in CREATE_LEASE_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_LEASE_REQUEST_STATUS_VALUES!r}")
