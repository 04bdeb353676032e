from typing import Literal

CreateApplicationRequestPhone2Type = Literal["FAX", "HOME", "MOBILE", "WORK"]
"""One of FAX, HOME, MOBILE, WORK."""

CREATE_APPLICATION_REQUEST_PHONE_2_TYPE_VALUES: set[CreateApplicationRequestPhone2Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "WORK",
}


def check_create_application_request_phone_2_type(value: str) -> CreateApplicationRequestPhone2Type:
    if value in CREATE_APPLICATION_REQUEST_PHONE_2_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_APPLICATION_REQUEST_PHONE_2_TYPE_VALUES!r}")
