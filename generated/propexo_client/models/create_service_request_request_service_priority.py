from typing import Literal

CreateServiceRequestRequestServicePriority = Literal["24 hours", "Emergency", "High", "Low", "Med"]
"""One of 24 hours, Emergency, High, Low, Med."""

CREATE_SERVICE_REQUEST_REQUEST_SERVICE_PRIORITY_VALUES: set[CreateServiceRequestRequestServicePriority] = {
    "24 hours",
    "Emergency",
    "High",
    "Low",
    "Med",
}


def check_create_service_request_request_service_priority(value: str) -> CreateServiceRequestRequestServicePriority:
    if value in CREATE_SERVICE_REQUEST_REQUEST_SERVICE_PRIORITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_SERVICE_REQUEST_REQUEST_SERVICE_PRIORITY_VALUES!r}"
    )
