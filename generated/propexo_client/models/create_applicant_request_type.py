from typing import Literal

CreateApplicantRequestType = Literal["APPLICANT", "CO_APPLICANT", "GUARANTOR", "OCCUPANT"]
"""One of APPLICANT, CO_APPLICANT, GUARANTOR, OCCUPANT."""

CREATE_APPLICANT_REQUEST_TYPE_VALUES: set[CreateApplicantRequestType] = {
    "APPLICANT",
    "CO_APPLICANT",
    "GUARANTOR",
    "OCCUPANT",
}


def check_create_applicant_request_type(value: str) -> CreateApplicantRequestType:
    if value in CREATE_APPLICANT_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_APPLICANT_REQUEST_TYPE_VALUES!r}")
