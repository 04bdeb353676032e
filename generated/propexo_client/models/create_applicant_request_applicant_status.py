from typing import Literal

CreateApplicantRequestApplicantStatus = Literal["APPLICANT", "CO_APPLICANT", "OCCUPANT"]
"""One of APPLICANT, CO_APPLICANT, OCCUPANT."""

CREATE_APPLICANT_REQUEST_APPLICANT_STATUS_VALUES: set[CreateApplicantRequestApplicantStatus] = {
    "APPLICANT",
    "CO_APPLICANT",
    "OCCUPANT",
}


def check_create_applicant_request_applicant_status(value: str) -> CreateApplicantRequestApplicantStatus:
    if value in CREATE_APPLICANT_REQUEST_APPLICANT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_APPLICANT_REQUEST_APPLICANT_STATUS_VALUES!r}")
