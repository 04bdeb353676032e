from typing import Literal

V1UnitsPostInputType = Literal["Apartment", "House"]
"""One of Apartment, House."""

V1_UNITS_POST_INPUT_TYPE_VALUES: set[V1UnitsPostInputType] = {
    "Apartment",
    "House",
}


def check_v1_units_post_input_type(value: str) -> V1UnitsPostInputType:
    if value in V1_UNITS_POST_INPUT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_UNITS_POST_INPUT_TYPE_VALUES!r}")
