from typing import Literal

UpdateResidentRequestPhone1Type = Literal["FAX", "HOME", "MOBILE", "WORK"]
"""One of FAX, HOME, MOBILE, WORK."""

UPDATE_RESIDENT_REQUEST_PHONE_1_TYPE_VALUES: set[UpdateResidentRequestPhone1Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "WORK",
}


def check_update_resident_request_phone_1_type(value: str) -> UpdateResidentRequestPhone1Type:
    if value in UPDATE_RESIDENT_REQUEST_PHONE_1_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_RESIDENT_REQUEST_PHONE_1_TYPE_VALUES!r}")
