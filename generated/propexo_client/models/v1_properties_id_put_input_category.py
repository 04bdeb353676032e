from typing import Literal

V1PropertiesIdPutInputCategory = Literal["Commercial", "Residential"]
"""One of Commercial, Residential."""

V1_PROPERTIES_ID_PUT_INPUT_CATEGORY_VALUES: set[V1PropertiesIdPutInputCategory] = {
    "Commercial",
    "Residential",
}


def check_v1_properties_id_put_input_category(value: str) -> V1PropertiesIdPutInputCategory:
    if value in V1_PROPERTIES_ID_PUT_INPUT_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_PROPERTIES_ID_PUT_INPUT_CATEGORY_VALUES!r}")
