from typing import Literal

UpdatePropertyRequestCategory = Literal["Commercial", "Residential"]
"""One of Commercial, Residential."""

UPDATE_PROPERTY_REQUEST_CATEGORY_VALUES: set[UpdatePropertyRequestCategory] = {
    "Commercial",
    "Residential",
}


def check_update_property_request_category(value: str) -> UpdatePropertyRequestCategory:
    if value in UPDATE_PROPERTY_REQUEST_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_PROPERTY_REQUEST_CATEGORY_VALUES!r}")
