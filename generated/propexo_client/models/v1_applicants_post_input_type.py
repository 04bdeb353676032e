from typing import Literal

V1ApplicantsPostInputType = Literal["APPLICANT", "CO_APPLICANT", "GUARANTOR", "OCCUPANT"]
"""One of APPLICANT, CO_APPLICANT, GUARANTOR, OCCUPANT."""

V1_APPLICANTS_POST_INPUT_TYPE_VALUES: set[V1ApplicantsPostInputType] = {
    "APPLICANT",
    "CO_APPLICANT",
    "GUARANTOR",
    "OCCUPANT",
}


def check_v1_applicants_post_input_type(value: str) -> V1ApplicantsPostInputType:
    if value in V1_APPLICANTS_POST_INPUT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_APPLICANTS_POST_INPUT_TYPE_VALUES!r}")
