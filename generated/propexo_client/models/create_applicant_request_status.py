from typing import Literal

CreateApplicantRequestStatus = Literal["APPROVED", "CANCELED", "DENIED", "PENDING", "SIGNED"]
"""One of APPROVED, CANCELED, DENIED, PENDING, SIGNED."""

CREATE_APPLICANT_REQUEST_STATUS_VALUES: set[CreateApplicantRequestStatus] = {
    "APPROVED",
    "CANCELED",
    "DENIED",
    "PENDING",
    "SIGNED",
}


def check_create_applicant_request_status(value: str) -> CreateApplicantRequestStatus:
    if value in CREATE_APPLICANT_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_APPLICANT_REQUEST_STATUS_VALUES!r}")
