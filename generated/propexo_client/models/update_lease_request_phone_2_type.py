from typing import Literal

UpdateLeaseRequestPhone2Type = Literal["FAX", "HOME", "MOBILE", "WORK"]
"""One of FAX, HOME, MOBILE, WORK."""

UPDATE_LEASE_REQUEST_PHONE_2_TYPE_VALUES: set[UpdateLeaseRequestPhone2Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "WORK",
}


def check_update_lease_request_phone_2_type(value: str) -> UpdateLeaseRequestPhone2Type:
    if value in UPDATE_LEASE_REQUEST_PHONE_2_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_LEASE_REQUEST_PHONE_2_TYPE_VALUES!r}")
