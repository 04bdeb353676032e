from typing import Literal

UpdateApplicantRequestApplicationStatus = Literal["APPROVED", "COMPLETED"]
"""One of APPROVED, COMPLETED."""

UPDATE_APPLICANT_REQUEST_APPLICATION_STATUS_VALUES: set[UpdateApplicantRequestApplicationStatus] = {
    "APPROVED",
    "COMPLETED",
}


def check_update_applicant_request_application_status(value: str) -> UpdateApplicantRequestApplicationStatus:
    if value in UPDATE_APPLICANT_REQUEST_APPLICATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_APPLICANT_REQUEST_APPLICATION_STATUS_VALUES!r}"
    )
