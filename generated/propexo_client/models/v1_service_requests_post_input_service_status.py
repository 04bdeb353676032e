from typing import Literal

V1ServiceRequestsPostInputServiceStatus = Literal["Closed", "Completed", "Deferred", "InProgress", "New"]
"""One of Closed, Completed, Deferred, InProgress, New."""

V1_SERVICE_REQUESTS_POST_INPUT_SERVICE_STATUS_VALUES: set[V1ServiceRequestsPostInputServiceStatus] = {
    "Closed",
    "Completed",
    "Deferred",
    "InProgress",
    "New",
}


def check_v1_service_requests_post_input_service_status(value: str) -> V1ServiceRequestsPostInputServiceStatus:
    if value in V1_SERVICE_REQUESTS_POST_INPUT_SERVICE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_SERVICE_REQUESTS_POST_INPUT_SERVICE_STATUS_VALUES!r}"
    )
