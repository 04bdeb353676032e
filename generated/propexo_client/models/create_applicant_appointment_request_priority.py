from typing import Literal

CreateApplicantAppointmentRequestPriority = Literal["HIGH", "LOW", "MEDIUM"]
"""One of HIGH, LOW, MEDIUM."""

CREATE_APPLICANT_APPOINTMENT_REQUEST_PRIORITY_VALUES: set[CreateApplicantAppointmentRequestPriority] = {
    "HIGH",
    "LOW",
    "MEDIUM",
}


def check_create_applicant_appointment_request_priority(value: str) -> CreateApplicantAppointmentRequestPriority:
    if value in CREATE_APPLICANT_APPOINTMENT_REQUEST_PRIORITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_APPLICANT_APPOINTMENT_REQUEST_PRIORITY_VALUES!r}"
    )
