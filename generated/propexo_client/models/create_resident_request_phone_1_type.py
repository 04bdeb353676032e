from typing import Literal

CreateResidentRequestPhone1Type = Literal["FAX", "HOME", "MOBILE", "OTHER", "WORK"]
"""One of FAX, HOME, MOBILE, OTHER, WORK."""

CREATE_RESIDENT_REQUEST_PHONE_1_TYPE_VALUES: set[CreateResidentRequestPhone1Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "OTHER",
    "WORK",
}


def check_create_resident_request_phone_1_type(value: str) -> CreateResidentRequestPhone1Type:
    if value in CREATE_RESIDENT_REQUEST_PHONE_1_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_RESIDENT_REQUEST_PHONE_1_TYPE_VALUES!r}")
