from typing import Literal

UpdateServiceRequestRequestServiceCategory = Literal["Electrical", "HVAC", "Other", "Plumbing", "Service"]
"""One of Electrical, HVAC, Other, Plumbing, Service."""

UPDATE_SERVICE_REQUEST_REQUEST_SERVICE_CATEGORY_VALUES: set[UpdateServiceRequestRequestServiceCategory] = {
    "Electrical",
    "HVAC",
    "Other",
    "Plumbing",
    "Service",
}


def check_update_service_request_request_service_category(value: str) -> UpdateServiceRequestRequestServiceCategory:
    if value in UPDATE_SERVICE_REQUEST_REQUEST_SERVICE_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_SERVICE_REQUEST_REQUEST_SERVICE_CATEGORY_VALUES!r}"
    )
