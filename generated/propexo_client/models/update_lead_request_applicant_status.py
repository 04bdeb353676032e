from typing import Literal

UpdateLeadRequestApplicantStatus = Literal["APPLICANT", "CO_APPLICANT", "OCCUPANT"]
"""One of APPLICANT, CO_APPLICANT, OCCUPANT."""

UPDATE_LEAD_REQUEST_APPLICANT_STATUS_VALUES: set[UpdateLeadRequestApplicantStatus] = {
    "APPLICANT",
    "CO_APPLICANT",
    "OCCUPANT",
}


def check_update_lead_request_applicant_status(value: str) -> UpdateLeadRequestApplicantStatus:
    if value in UPDATE_LEAD_REQUEST_APPLICANT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_LEAD_REQUEST_APPLICANT_STATUS_VALUES!r}")
