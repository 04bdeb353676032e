from typing import Literal

V1FileTypesPostInputModel = Literal["properties", "residents", "units"]
"""One of properties, residents, units."""

V1_FILE_TYPES_POST_INPUT_MODEL_VALUES: set[V1FileTypesPostInputModel] = {
    "properties",
    "residents",
    "units",
}


def check_v1_file_types_post_input_model(value: str) -> V1FileTypesPostInputModel:
    if value in V1_FILE_TYPES_POST_INPUT_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_FILE_TYPES_POST_INPUT_MODEL_VALUES!r}")
