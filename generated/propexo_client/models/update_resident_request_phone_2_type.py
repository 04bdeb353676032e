from typing import Literal

UpdateResidentRequestPhone2Type = Literal["FAX", "HOME", "MOBILE", "OTHER", "WORK"]
"""One of FAX, HOME, MOBILE, OTHER, WORK."""

UPDATE_RESIDENT_REQUEST_PHONE_2_TYPE_VALUES: set[UpdateResidentRequestPhone2Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "OTHER",
    "WORK",
}


def check_update_resident_request_phone_2_type(value: str) -> UpdateResidentRequestPhone2Type:
    if value in UPDATE_RESIDENT_REQUEST_PHONE_2_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_RESIDENT_REQUEST_PHONE_2_TYPE_VALUES!r}")
