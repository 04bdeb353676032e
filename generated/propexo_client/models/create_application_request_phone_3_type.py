from typing import Literal

CreateApplicationRequestPhone3Type = Literal["HOME", "MOBILE", "WORK"]
"""One of HOME, MOBILE, WORK."""

CREATE_APPLICATION_REQUEST_PHONE_3_TYPE_VALUES: set[CreateApplicationRequestPhone3Type] = {
    "HOME",
    "MOBILE",
    "WORK",
}


def check_create_application_request_phone_3_type(value: str) -> CreateApplicationRequestPhone3Type:
    if value in CREATE_APPLICATION_REQUEST_PHONE_3_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_APPLICATION_REQUEST_PHONE_3_TYPE_VALUES!r}")
