from typing import Literal

UpdateApplicationRequestPhone2Type = Literal["FAX", "HOME", "MOBILE", "WORK"]
"""One of FAX, HOME, MOBILE, WORK."""

UPDATE_APPLICATION_REQUEST_PHONE_2_TYPE_VALUES: set[UpdateApplicationRequestPhone2Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "WORK",
}


def check_update_application_request_phone_2_type(value: str) -> UpdateApplicationRequestPhone2Type:
    if value in UPDATE_APPLICATION_REQUEST_PHONE_2_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_APPLICATION_REQUEST_PHONE_2_TYPE_VALUES!r}")
