from typing import Literal

CreateLeaseRequestPhone1Type = Literal["FAX", "HOME", "MOBILE", "WORK"]
"""One of FAX, HOME, MOBILE, WORK."""

CREATE_LEASE_REQUEST_PHONE_1_TYPE_VALUES: set[CreateLeaseRequestPhone1Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "WORK",
}


def check_create_lease_request_phone_1_type(value: str) -> CreateLeaseRequestPhone1Type:
    if value in CREATE_LEASE_REQUEST_PHONE_1_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_LEASE_REQUEST_PHONE_1_TYPE_VALUES!r}")
