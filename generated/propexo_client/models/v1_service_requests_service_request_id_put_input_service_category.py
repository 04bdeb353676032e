from typing import Literal

V1ServiceRequestsServiceRequestIdPutInputServiceCategory = Literal["Electrical", "HVAC", "Other", "Plumbing", "Service"]
"""One of Electrical, HVAC, Other, Plumbing, Service."""

V1_SERVICE_REQUESTS_SERVICE_REQUEST_ID_PUT_INPUT_SERVICE_CATEGORY_VALUES: set[
    V1ServiceRequestsServiceRequestIdPutInputServiceCategory
] = {
    "Electrical",
    "HVAC",
    "Other",
    "Plumbing",
    "Service",
}


def check_v1_service_requests_service_request_id_put_input_service_category(
    value: str,
) -> V1ServiceRequestsServiceRequestIdPutInputServiceCategory:
    if value in V1_SERVICE_REQUESTS_SERVICE_REQUEST_ID_PUT_INPUT_SERVICE_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_SERVICE_REQUESTS_SERVICE_REQUEST_ID_PUT_INPUT_SERVICE_CATEGORY_VALUES!r}"
    )
