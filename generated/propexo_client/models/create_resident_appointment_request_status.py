from typing import Literal

CreateResidentAppointmentRequestStatus = Literal["COMPLETED", "DENIED", "OPEN", "REVIEW"]
"""One of COMPLETED, DENIED, OPEN, REVIEW."""

CREATE_RESIDENT_APPOINTMENT_REQUEST_STATUS_VALUES: set[CreateResidentAppointmentRequestStatus] = {
    "COMPLETED",
    "DENIED",
    "OPEN",
    "REVIEW",
}


def check_create_resident_appointment_request_status(value: str) -> CreateResidentAppointmentRequestStatus:
    if value in CREATE_RESIDENT_APPOINTMENT_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_RESIDENT_APPOINTMENT_REQUEST_STATUS_VALUES!r}"
    )
