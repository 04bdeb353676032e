from typing import Literal

CreateFileTypeRequestModel = Literal["properties", "residents", "units"]
"""One of properties, residents, units."""

CREATE_FILE_TYPE_REQUEST_MODEL_VALUES: set[CreateFileTypeRequestModel] = {
    "properties",
    "residents",
    "units",
}


def check_create_file_type_request_model(value: str) -> CreateFileTypeRequestModel:
    if value in CREATE_FILE_TYPE_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_FILE_TYPE_REQUEST_MODEL_VALUES!r}")
