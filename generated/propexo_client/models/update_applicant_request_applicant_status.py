from typing import Literal

UpdateApplicantRequestApplicantStatus = Literal["APPLICANT", "CO_APPLICANT", "OCCUPANT"]
"""One of APPLICANT, CO_APPLICANT, OCCUPANT."""

UPDATE_APPLICANT_REQUEST_APPLICANT_STATUS_VALUES: set[UpdateApplicantRequestApplicantStatus] = {
    "APPLICANT",
    "CO_APPLICANT",
    "OCCUPANT",
}


def check_update_applicant_request_applicant_status(value: str) -> UpdateApplicantRequestApplicantStatus:
    if value in UPDATE_APPLICANT_REQUEST_APPLICANT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_APPLICANT_REQUEST_APPLICANT_STATUS_VALUES!r}")
