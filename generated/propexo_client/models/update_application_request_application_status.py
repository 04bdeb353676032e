from typing import Literal

UpdateApplicationRequestApplicationStatus = Literal["APPROVED", "COMPLETED"]
"""One of APPROVED, COMPLETED."""

UPDATE_APPLICATION_REQUEST_APPLICATION_STATUS_VALUES: set[UpdateApplicationRequestApplicationStatus] = {
    "APPROVED",
    "COMPLETED",
}


def check_update_application_request_application_status(value: str) -> UpdateApplicationRequestApplicationStatus:
    if value in UPDATE_APPLICATION_REQUEST_APPLICATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_APPLICATION_REQUEST_APPLICATION_STATUS_VALUES!r}"
    )
