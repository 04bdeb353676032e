from typing import Literal

CreateApplicationRequestMaritalStatus = Literal["MARRIED", "SINGLE"]
"""One of MARRIED, SINGLE."""

CREATE_APPLICATION_REQUEST_MARITAL_STATUS_VALUES: set[CreateApplicationRequestMaritalStatus] = {
    "MARRIED",
    "SINGLE",
}


def check_create_application_request_marital_status(value: str) -> CreateApplicationRequestMaritalStatus:
    if value in CREATE_APPLICATION_REQUEST_MARITAL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_APPLICATION_REQUEST_MARITAL_STATUS_VALUES!r}")
