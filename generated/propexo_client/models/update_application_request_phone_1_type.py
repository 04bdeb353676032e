from typing import Literal

UpdateApplicationRequestPhone1Type = Literal["FAX", "HOME", "MOBILE", "WORK"]
"""One of FAX, HOME, MOBILE, WORK."""

UPDATE_APPLICATION_REQUEST_PHONE_1_TYPE_VALUES: set[UpdateApplicationRequestPhone1Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "WORK",
}


def check_update_application_request_phone_1_type(value: str) -> UpdateApplicationRequestPhone1Type:
    if value in UPDATE_APPLICATION_REQUEST_PHONE_1_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_APPLICATION_REQUEST_PHONE_1_TYPE_VALUES!r}")
