from typing import Literal

UpdateApplicantAppointmentRequestPriority = Literal["HIGH", "LOW", "MEDIUM"]
"""One of HIGH, LOW, MEDIUM."""

UPDATE_APPLICANT_APPOINTMENT_REQUEST_PRIORITY_VALUES: set[UpdateApplicantAppointmentRequestPriority] = {
    "HIGH",
    "LOW",
    "MEDIUM",
}


def check_update_applicant_appointment_request_priority(value: str) -> UpdateApplicantAppointmentRequestPriority:
    if value in UPDATE_APPLICANT_APPOINTMENT_REQUEST_PRIORITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_APPLICANT_APPOINTMENT_REQUEST_PRIORITY_VALUES!r}"
    )
