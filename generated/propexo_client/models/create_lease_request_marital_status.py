from typing import Literal

CreateLeaseRequestMaritalStatus = Literal["MARRIED", "SINGLE"]
"""One of MARRIED, SINGLE."""

CREATE_LEASE_REQUEST_MARITAL_STATUS_VALUES: set[CreateLeaseRequestMaritalStatus] = {
    "MARRIED",
    "SINGLE",
}


def check_create_lease_request_marital_status(value: str) -> CreateLeaseRequestMaritalStatus:
    if value in CREATE_LEASE_REQUEST_MARITAL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_LEASE_REQUEST_MARITAL_STATUS_VALUES!r}")
