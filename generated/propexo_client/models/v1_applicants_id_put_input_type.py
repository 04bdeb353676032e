from typing import Literal

V1ApplicantsIdPutInputType = Literal["APPLICANT", "CO_APPLICANT", "GUARANTOR", "OCCUPANT"]
"""One of APPLICANT, CO_APPLICANT, GUARANTOR, OCCUPANT."""

V1_APPLICANTS_ID_PUT_INPUT_TYPE_VALUES: set[V1ApplicantsIdPutInputType] = {
    "APPLICANT",
    "CO_APPLICANT",
    "GUARANTOR",
    "OCCUPANT",
}


def check_v1_applicants_id_put_input_type(value: str) -> V1ApplicantsIdPutInputType:
    if value in V1_APPLICANTS_ID_PUT_INPUT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_APPLICANTS_ID_PUT_INPUT_TYPE_VALUES!r}")
