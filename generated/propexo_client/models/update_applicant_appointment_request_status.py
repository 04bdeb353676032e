from typing import Literal

UpdateApplicantAppointmentRequestStatus = Literal["COMPLETED", "DENIED", "OPEN", "REVIEW"]
"""One of COMPLETED, DENIED, OPEN, REVIEW."""

UPDATE_APPLICANT_APPOINTMENT_REQUEST_STATUS_VALUES: set[UpdateApplicantAppointmentRequestStatus] = {
    "COMPLETED",
    "DENIED",
    "OPEN",
    "REVIEW",
}


def check_update_applicant_appointment_request_status(value: str) -> UpdateApplicantAppointmentRequestStatus:
    if value in UPDATE_APPLICANT_APPOINTMENT_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_APPLICANT_APPOINTMENT_REQUEST_STATUS_VALUES!r}"
    )
