from typing import Literal

V1ResidentsIdPutInputPhone2Type = Literal["FAX", "HOME", "MOBILE", "OTHER", "WORK"]
"""One of FAX, HOME, MOBILE, OTHER, WORK."""

V1_RESIDENTS_ID_PUT_INPUT_PHONE_2_TYPE_VALUES: set[V1ResidentsIdPutInputPhone2Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "OTHER",
    "WORK",
}


def check_v1_residents_id_put_input_phone_2_type(value: str) -> V1ResidentsIdPutInputPhone2Type:
    if value in V1_RESIDENTS_ID_PUT_INPUT_PHONE_2_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_RESIDENTS_ID_PUT_INPUT_PHONE_2_TYPE_VALUES!r}")
