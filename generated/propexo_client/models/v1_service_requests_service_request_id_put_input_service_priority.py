from typing import Literal

V1ServiceRequestsServiceRequestIdPutInputServicePriority = Literal["24 hours", "Emergency", "High", "Low", "Med"]
"""One of 24 hours, Emergency, High, Low, Med."""

V1_SERVICE_REQUESTS_SERVICE_REQUEST_ID_PUT_INPUT_SERVICE_PRIORITY_VALUES: set[
    V1ServiceRequestsServiceRequestIdPutInputServicePriority
] = {
    "24 hours",
    "Emergency",
    "High",
    "Low",
    "Med",
}


def check_v1_service_requests_service_request_id_put_input_service_priority(
    value: str,
) -> V1ServiceRequestsServiceRequestIdPutInputServicePriority:
    if value in V1_SERVICE_REQUESTS_SERVICE_REQUEST_ID_PUT_INPUT_SERVICE_PRIORITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_SERVICE_REQUESTS_SERVICE_REQUEST_ID_PUT_INPUT_SERVICE_PRIORITY_VALUES!r}"
    )
