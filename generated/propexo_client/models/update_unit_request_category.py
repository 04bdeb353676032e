from typing import Literal

UpdateUnitRequestCategory = Literal["Commercial", "Residential"]
"""One of Commercial, Residential."""

UPDATE_UNIT_REQUEST_CATEGORY_VALUES: set[UpdateUnitRequestCategory] = {
    "Commercial",
    "Residential",
}


def check_update_unit_request_category(value: str) -> UpdateUnitRequestCategory:
    if value in UPDATE_UNIT_REQUEST_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_UNIT_REQUEST_CATEGORY_VALUES!r}")
