from typing import Literal

CreateLeadRequestApplicantStatus = Literal["APPLICANT", "CO_APPLICANT", "OCCUPANT"]
"""One of APPLICANT, CO_APPLICANT, OCCUPANT."""

CREATE_LEAD_REQUEST_APPLICANT_STATUS_VALUES: set[CreateLeadRequestApplicantStatus] = {
    "APPLICANT",
    "CO_APPLICANT",
    "OCCUPANT",
}


def check_create_lead_request_applicant_status(value: str) -> CreateLeadRequestApplicantStatus:
    if value in CREATE_LEAD_REQUEST_APPLICANT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_LEAD_REQUEST_APPLICANT_STATUS_VALUES!r}")
