from typing import Literal

UpdateServiceRequestRequestServicePriority = Literal["24 hours", "Emergency", "High", "Low", "Med"]
"""One of 24 hours, Emergency, High, Low, Med."""

UPDATE_SERVICE_REQUEST_REQUEST_SERVICE_PRIORITY_VALUES: set[UpdateServiceRequestRequestServicePriority] = {
    "24 hours",
    "Emergency",
    "High",
    "Low",
    "Med",
}


def check_update_service_request_request_service_priority(value: str) -> UpdateServiceRequestRequestServicePriority:
    if value in UPDATE_SERVICE_REQUEST_REQUEST_SERVICE_PRIORITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_SERVICE_REQUEST_REQUEST_SERVICE_PRIORITY_VALUES!r}"
    )
