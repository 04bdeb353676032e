from typing import Literal

CreateServiceRequestRequestServiceStatus = Literal["Closed", "Completed", "Deferred", "InProgress", "New"]
"""One of Closed, Completed, Deferred, InProgress, New."""

CREATE_SERVICE_REQUEST_REQUEST_SERVICE_STATUS_VALUES: set[CreateServiceRequestRequestServiceStatus] = {
    "Closed",
    "Completed",
    "Deferred",
    "InProgress",
    "New",
}


def check_create_service_request_request_service_status(value: str) -> CreateServiceRequestRequestServiceStatus:
    if value in CREATE_SERVICE_REQUEST_REQUEST_SERVICE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_SERVICE_REQUEST_REQUEST_SERVICE_STATUS_VALUES!r}"
    )
