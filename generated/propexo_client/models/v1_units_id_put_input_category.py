from typing import Literal

V1UnitsIdPutInputCategory = Literal["Commercial", "Residential"]
"""One of Commercial, Residential."""

V1_UNITS_ID_PUT_INPUT_CATEGORY_VALUES: set[V1UnitsIdPutInputCategory] = {
    "Commercial",
    "Residential",
}


def check_v1_units_id_put_input_category(value: str) -> V1UnitsIdPutInputCategory:
    if value in V1_UNITS_ID_PUT_INPUT_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_UNITS_ID_PUT_INPUT_CATEGORY_VALUES!r}")
