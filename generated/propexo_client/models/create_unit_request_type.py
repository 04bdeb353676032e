from typing import Literal

CreateUnitRequestType = Literal["Apartment", "House"]
"""One of Apartment, House."""

CREATE_UNIT_REQUEST_TYPE_VALUES: set[CreateUnitRequestType] = {
    "Apartment",
    "House",
}


def check_create_unit_request_type(value: str) -> CreateUnitRequestType:
    if value in CREATE_UNIT_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_UNIT_REQUEST_TYPE_VALUES!r}")
