from typing import Literal

V1PropertiesPostInputCategory = Literal["Commercial", "Residential"]
"""One of Commercial, Residential."""

V1_PROPERTIES_POST_INPUT_CATEGORY_VALUES: set[V1PropertiesPostInputCategory] = {
    "Commercial",
    "Residential",
}


def check_v1_properties_post_input_category(value: str) -> V1PropertiesPostInputCategory:
    if value in V1_PROPERTIES_POST_INPUT_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_PROPERTIES_POST_INPUT_CATEGORY_VALUES!r}")
