from typing import Literal

V1UnitsPostInputCategory = Literal["Commercial", "Residential"]
"""One of Commercial, Residential."""

V1_UNITS_POST_INPUT_CATEGORY_VALUES: set[V1UnitsPostInputCategory] = {
    "Commercial",
    "Residential",
}


def check_v1_units_post_input_category(value: str) -> V1UnitsPostInputCategory:
    if value in V1_UNITS_POST_INPUT_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_UNITS_POST_INPUT_CATEGORY_VALUES!r}")
