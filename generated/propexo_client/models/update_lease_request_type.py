from typing import Literal

UpdateLeaseRequestType = Literal["AtWill", "Fixed", "FixedWithRollover"]
"""One of AtWill, Fixed, FixedWithRollover."""

UPDATE_LEASE_REQUEST_TYPE_VALUES: set[UpdateLeaseRequestType] = {
    "AtWill",
    "Fixed",
    "FixedWithRollover",
}


def check_update_lease_request_type(value: str) -> UpdateLeaseRequestType:
    if value in UPDATE_LEASE_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_LEASE_REQUEST_TYPE_VALUES!r}")
