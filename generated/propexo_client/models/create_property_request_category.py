from typing import Literal

CreatePropertyRequestCategory = Literal["Commercial", "Residential"]
"""One of Commercial, Residential."""

CREATE_PROPERTY_REQUEST_CATEGORY_VALUES: set[CreatePropertyRequestCategory] = {
    "Commercial",
    "Residential",
}


def check_create_property_request_category(value: str) -> CreatePropertyRequestCategory:
    if value in CREATE_PROPERTY_REQUEST_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_PROPERTY_REQUEST_CATEGORY_VALUES!r}")
