from typing import Literal

UpdateLeaseRequestStatus = Literal["APPROVED", "CANCELED", "DENIED", "PENDING", "SIGNED"]
"""One of APPROVED, CANCELED, DENIED, PENDING, SIGNED."""

UPDATE_LEASE_REQUEST_STATUS_VALUES: set[UpdateLeaseRequestStatus] = {
    "APPROVED",
    "CANCELED",
    "DENIED",
    "PENDING",
    "SIGNED",
}


def check_update_lease_request_status(value: str) -> UpdateLeaseRequestStatus:
    if value in UPDATE_LEASE_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_LEASE_REQUEST_STATUS_VALUES!r}")
