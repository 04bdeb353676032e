from typing import Literal

UpdateLeaseRequestMaritalStatus = Literal["MARRIED", "SINGLE"]
"""One of MARRIED, SINGLE."""

UPDATE_LEASE_REQUEST_MARITAL_STATUS_VALUES: set[UpdateLeaseRequestMaritalStatus] = {
    "MARRIED",
    "SINGLE",
}


def check_update_lease_request_marital_status(value: str) -> UpdateLeaseRequestMaritalStatus:
    if value in UPDATE_LEASE_REQUEST_MARITAL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_LEASE_REQUEST_MARITAL_STATUS_VALUES!r}")
