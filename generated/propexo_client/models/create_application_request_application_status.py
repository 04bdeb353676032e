from typing import Literal

CreateApplicationRequestApplicationStatus = Literal["APPROVED", "COMPLETED"]
"""One of APPROVED, COMPLETED."""

CREATE_APPLICATION_REQUEST_APPLICATION_STATUS_VALUES: set[CreateApplicationRequestApplicationStatus] = {
    "APPROVED",
    "COMPLETED",
}


def check_create_application_request_application_status(value: str) -> CreateApplicationRequestApplicationStatus:
    if value in CREATE_APPLICATION_REQUEST_APPLICATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_APPLICATION_REQUEST_APPLICATION_STATUS_VALUES!r}"
    )
