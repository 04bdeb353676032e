from typing import Literal

UpdateApplicantRequestType = Literal["APPLICANT", "CO_APPLICANT", "GUARANTOR", "OCCUPANT"]
"""One of APPLICANT, CO_APPLICANT, GUARANTOR, OCCUPANT."""

UPDATE_APPLICANT_REQUEST_TYPE_VALUES: set[UpdateApplicantRequestType] = {
    "APPLICANT",
    "CO_APPLICANT",
    "GUARANTOR",
    "OCCUPANT",
}


def check_update_applicant_request_type(value: str) -> UpdateApplicantRequestType:
    if value in UPDATE_APPLICANT_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_APPLICANT_REQUEST_TYPE_VALUES!r}")
