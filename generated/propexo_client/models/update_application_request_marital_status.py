from typing import Literal

UpdateApplicationRequestMaritalStatus = Literal["MARRIED", "SINGLE"]
"""One of MARRIED, SINGLE."""

UPDATE_APPLICATION_REQUEST_MARITAL_STATUS_VALUES: set[UpdateApplicationRequestMaritalStatus] = {
    "MARRIED",
    "SINGLE",
}


def check_update_application_request_marital_status(value: str) -> UpdateApplicationRequestMaritalStatus:
    if value in UPDATE_APPLICATION_REQUEST_MARITAL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_APPLICATION_REQUEST_MARITAL_STATUS_VALUES!r}")
