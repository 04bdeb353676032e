from typing import Literal

CreateLeaseRequestPhone2Type = Literal["FAX", "HOME", "MOBILE", "WORK"]
"""One of FAX, HOME, MOBILE, WORK."""

CREATE_LEASE_REQUEST_PHONE_2_TYPE_VALUES: set[CreateLeaseRequestPhone2Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "WORK",
}


def check_create_lease_request_phone_2_type(value: str) -> CreateLeaseRequestPhone2Type:
    if value in CREATE_LEASE_REQUEST_PHONE_2_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_LEASE_REQUEST_PHONE_2_TYPE_VALUES!r}")
