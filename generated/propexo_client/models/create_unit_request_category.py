from typing import Literal

CreateUnitRequestCategory = Literal["Commercial", "Residential"]
"""One of Commercial, Residential."""

CREATE_UNIT_REQUEST_CATEGORY_VALUES: set[CreateUnitRequestCategory] = {
    "Commercial",
    "Residential",
}


def check_create_unit_request_category(value: str) -> CreateUnitRequestCategory:
    if value in CREATE_UNIT_REQUEST_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_UNIT_REQUEST_CATEGORY_VALUES!r}")
