from typing import Literal

V1ServiceRequestsPostInputServicePriority = Literal["24 hours", "Emergency", "High", "Low", "Med"]
"""One of 24 hours, Emergency, High, Low, Med."""

V1_SERVICE_REQUESTS_POST_INPUT_SERVICE_PRIORITY_VALUES: set[V1ServiceRequestsPostInputServicePriority] = {
    "24 hours",
    "Emergency",
    "High",
    "Low",
    "Med",
}


def check_v1_service_requests_post_input_service_priority(value: str) -> V1ServiceRequestsPostInputServicePriority:
    if value in V1_SERVICE_REQUESTS_POST_INPUT_SERVICE_PRIORITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_SERVICE_REQUESTS_POST_INPUT_SERVICE_PRIORITY_VALUES!r}"
    )
