from typing import Literal

V1ApplicationsPostInputType = Literal["APPLICANT", "CO_APPLICANT", "GUARANTOR", "OCCUPANT"]
"""One of APPLICANT, CO_APPLICANT, GUARANTOR, OCCUPANT."""

V1_APPLICATIONS_POST_INPUT_TYPE_VALUES: set[V1ApplicationsPostInputType] = {
    "APPLICANT",
    "CO_APPLICANT",
    "GUARANTOR",
    "OCCUPANT",
}


def check_v1_applications_post_input_type(value: str) -> V1ApplicationsPostInputType:
    if value in V1_APPLICATIONS_POST_INPUT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_APPLICATIONS_POST_INPUT_TYPE_VALUES!r}")
