from typing import Literal

CreateApplicationRequestStatus = Literal["APPROVED", "CANCELED", "DENIED", "PENDING", "SIGNED"]
"""One of APPROVED, CANCELED, DENIED, PENDING, SIGNED."""

CREATE_APPLICATION_REQUEST_STATUS_VALUES: set[CreateApplicationRequestStatus] = {
    "APPROVED",
    "CANCELED",
    "DENIED",
    "PENDING",
    "SIGNED",
}


def check_create_application_request_status(value: str) -> CreateApplicationRequestStatus:
    if value in CREATE_APPLICATION_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_APPLICATION_REQUEST_STATUS_VALUES!r}")
