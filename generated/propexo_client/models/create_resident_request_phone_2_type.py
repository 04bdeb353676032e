from typing import Literal

CreateResidentRequestPhone2Type = Literal["FAX", "HOME", "MOBILE", "OTHER", "WORK"]
"""One of FAX, HOME, MOBILE, OTHER, WORK."""

CREATE_RESIDENT_REQUEST_PHONE_2_TYPE_VALUES: set[CreateResidentRequestPhone2Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "OTHER",
    "WORK",
}


def check_create_resident_request_phone_2_type(value: str) -> CreateResidentRequestPhone2Type:
    if value in CREATE_RESIDENT_REQUEST_PHONE_2_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_RESIDENT_REQUEST_PHONE_2_TYPE_VALUES!r}")
