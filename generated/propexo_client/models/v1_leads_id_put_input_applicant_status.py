from typing import Literal

V1LeadsIdPutInputApplicantStatus = Literal["APPLICANT", "CO_APPLICANT", "OCCUPANT"]
"""One of APPLICANT, CO_APPLICANT, OCCUPANT."""

V1_LEADS_ID_PUT_INPUT_APPLICANT_STATUS_VALUES: set[V1LeadsIdPutInputApplicantStatus] = {
    "APPLICANT",
    "CO_APPLICANT",
    "OCCUPANT",
}


def check_v1_leads_id_put_input_applicant_status(value: str) -> V1LeadsIdPutInputApplicantStatus:
    if value in V1_LEADS_ID_PUT_INPUT_APPLICANT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_LEADS_ID_PUT_INPUT_APPLICANT_STATUS_VALUES!r}")
