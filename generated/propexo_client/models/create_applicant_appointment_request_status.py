from typing import Literal

CreateApplicantAppointmentRequestStatus = Literal["COMPLETED", "DENIED", "OPEN", "REVIEW"]
"""One of COMPLETED, DENIED, OPEN, REVIEW."""

CREATE_APPLICANT_APPOINTMENT_REQUEST_STATUS_VALUES: set[CreateApplicantAppointmentRequestStatus] = {
    "COMPLETED",
    "DENIED",
    "OPEN",
    "REVIEW",
}


def check_create_applicant_appointment_request_status(value: str) -> CreateApplicantAppointmentRequestStatus:
    if value in CREATE_APPLICANT_APPOINTMENT_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_APPLICANT_APPOINTMENT_REQUEST_STATUS_VALUES!r}"
    )
