from typing import Literal

UpdateUnitRequestType = Literal["Apartment", "House"]
"""One of Apartment, House."""

UPDATE_UNIT_REQUEST_TYPE_VALUES: set[UpdateUnitRequestType] = {
    "Apartment",
    "House",
}


def check_update_unit_request_type(value: str) -> UpdateUnitRequestType:
    if value in UPDATE_UNIT_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_UNIT_REQUEST_TYPE_VALUES!r}")
