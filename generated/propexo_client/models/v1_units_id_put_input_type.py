from typing import Literal

V1UnitsIdPutInputType = Literal["Apartment", "House"]
"""One of Apartment, House."""

V1_UNITS_ID_PUT_INPUT_TYPE_VALUES: set[V1UnitsIdPutInputType] = {
    "Apartment",
    "House",
}


def check_v1_units_id_put_input_type(value: str) -> V1UnitsIdPutInputType:
    if value in V1_UNITS_ID_PUT_INPUT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_UNITS_ID_PUT_INPUT_TYPE_VALUES!r}")
