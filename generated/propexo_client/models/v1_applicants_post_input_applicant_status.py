from typing import Literal

V1ApplicantsPostInputApplicantStatus = Literal["APPLICANT", "CO_APPLICANT", "OCCUPANT"]
"""One of APPLICANT, CO_APPLICANT, OCCUPANT."""

V1_APPLICANTS_POST_INPUT_APPLICANT_STATUS_VALUES: set[V1ApplicantsPostInputApplicantStatus] = {
    "APPLICANT",
    "CO_APPLICANT",
    "OCCUPANT",
}


def check_v1_applicants_post_input_applicant_status(value: str) -> V1ApplicantsPostInputApplicantStatus:
    if value in V1_APPLICANTS_POST_INPUT_APPLICANT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_APPLICANTS_POST_INPUT_APPLICANT_STATUS_VALUES!r}")
