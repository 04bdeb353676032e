from typing import Literal

CreateLeaseRequestType = Literal["AtWill", "Fixed", "FixedWithRollover"]
"""One of AtWill, Fixed, FixedWithRollover."""

CREATE_LEASE_REQUEST_TYPE_VALUES: set[CreateLeaseRequestType] = {
    "AtWill",
    "Fixed",
    "FixedWithRollover",
}


def check_create_lease_request_type(value: str) -> CreateLeaseRequestType:
    if value in CREATE_LEASE_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_LEASE_REQUEST_TYPE_VALUES!r}")
