from typing import Literal

V1ResidentsIdPutInputGender = Literal["FEMALE", "MALE"]
"""One of FEMALE, MALE."""

V1_RESIDENTS_ID_PUT_INPUT_GENDER_VALUES: set[V1ResidentsIdPutInputGender] = {
    "FEMALE",
    "MALE",
}


def check_v1_residents_id_put_input_gender(value: str) -> V1ResidentsIdPutInputGender:
    if value in V1_RESIDENTS_ID_PUT_INPUT_GENDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_RESIDENTS_ID_PUT_INPUT_GENDER_VALUES!r}")
