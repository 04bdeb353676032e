from typing import Literal

UpdateApplicationRequestStatus = Literal["APPROVED", "CANCELED", "DENIED", "PENDING", "SIGNED"]
"""One of APPROVED, CANCELED, DENIED, PENDING, SIGNED."""

UPDATE_APPLICATION_REQUEST_STATUS_VALUES: set[UpdateApplicationRequestStatus] = {
    "APPROVED",
    "CANCELED",
    "DENIED",
    "PENDING",
    "SIGNED",
}


def check_update_application_request_status(value: str) -> UpdateApplicationRequestStatus:
    if value in UPDATE_APPLICATION_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_APPLICATION_REQUEST_STATUS_VALUES!r}")
