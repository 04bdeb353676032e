from typing import Literal

V1ServiceRequestsPostInputServiceCategory = Literal["Electrical", "HVAC", "Other", "Plumbing", "Service"]
"""One of Electrical, HVAC, Other, Plumbing, Service."""

V1_SERVICE_REQUESTS_POST_INPUT_SERVICE_CATEGORY_VALUES: set[V1ServiceRequestsPostInputServiceCategory] = {
    "Electrical",
    "HVAC",
    "Other",
    "Plumbing",
    "Service",
}


def check_v1_service_requests_post_input_service_category(value: str) -> V1ServiceRequestsPostInputServiceCategory:
    if value in V1_SERVICE_REQUESTS_POST_INPUT_SERVICE_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_SERVICE_REQUESTS_POST_INPUT_SERVICE_CATEGORY_VALUES!r}"
    )
