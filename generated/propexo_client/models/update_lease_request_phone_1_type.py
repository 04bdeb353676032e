from typing import Literal

UpdateLeaseRequestPhone1Type = Literal["FAX", "HOME", "MOBILE", "WORK"]
"""One of FAX, HOME, MOBILE, WORK."""

UPDATE_LEASE_REQUEST_PHONE_1_TYPE_VALUES: set[UpdateLeaseRequestPhone1Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "WORK",
}


def check_update_lease_request_phone_1_type(value: str) -> UpdateLeaseRequestPhone1Type:
    if value in UPDATE_LEASE_REQUEST_PHONE_1_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_LEASE_REQUEST_PHONE_1_TYPE_VALUES!r}")
