from typing import Literal

CreateServiceRequestRequestServiceCategory = Literal["Electrical", "HVAC", "Other", "Plumbing", "Service"]
"""One of Electrical, HVAC, Other, Plumbing, Service."""

CREATE_SERVICE_REQUEST_REQUEST_SERVICE_CATEGORY_VALUES: set[CreateServiceRequestRequestServiceCategory] = {
    "Electrical",
    "HVAC",
    "Other",
    "Plumbing",
    "Service",
}


def check_create_service_request_request_service_category(value: str) -> CreateServiceRequestRequestServiceCategory:
    if value in CREATE_SERVICE_REQUEST_REQUEST_SERVICE_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_SERVICE_REQUEST_REQUEST_SERVICE_CATEGORY_VALUES!r}"
    )
