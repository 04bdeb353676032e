from typing import Literal

V1LeadsPostInputApplicantStatus = Literal["APPLICANT", "CO_APPLICANT", "OCCUPANT"]
"""One of APPLICANT, CO_APPLICANT, OCCUPANT."""

V1_LEADS_POST_INPUT_APPLICANT_STATUS_VALUES: set[V1LeadsPostInputApplicantStatus] = {
    "APPLICANT",
    "CO_APPLICANT",
    "OCCUPANT",
}


def check_v1_leads_post_input_applicant_status(value: str) -> V1LeadsPostInputApplicantStatus:
    if value in V1_LEADS_POST_INPUT_APPLICANT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_LEADS_POST_INPUT_APPLICANT_STATUS_VALUES!r}")
