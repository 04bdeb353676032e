from typing import Literal

UpdateApplicantRequestStatus = Literal["APPROVED", "CANCELED", "DENIED", "PENDING", "SIGNED"]
"""One of APPROVED, CANCELED, DENIED, PENDING, SIGNED."""

UPDATE_APPLICANT_REQUEST_STATUS_VALUES: set[UpdateApplicantRequestStatus] = {
    "APPROVED",
    "CANCELED",
    "DENIED",
    "PENDING",
    "SIGNED",
}


def check_update_applicant_request_status(value: str) -> UpdateApplicantRequestStatus:
    if value in UPDATE_APPLICANT_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_APPLICANT_REQUEST_STATUS_VALUES!r}")
