from typing import Literal

CreateApplicantRequestApplicationStatus = Literal["APPROVED", "COMPLETED"]
"""One of APPROVED, COMPLETED."""

CREATE_APPLICANT_REQUEST_APPLICATION_STATUS_VALUES: set[CreateApplicantRequestApplicationStatus] = {
    "APPROVED",
    "COMPLETED",
}


def check_create_applicant_request_application_status(value: str) -> CreateApplicantRequestApplicationStatus:
    if value in CREATE_APPLICANT_REQUEST_APPLICATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_APPLICANT_REQUEST_APPLICATION_STATUS_VALUES!r}"
    )
