from typing import Literal

UpdateResidentAppointmentRequestStatus = Literal["COMPLETED", "DENIED", "OPEN", "REVIEW"]
"""One of COMPLETED, DENIED, OPEN, REVIEW."""

UPDATE_RESIDENT_APPOINTMENT_REQUEST_STATUS_VALUES: set[UpdateResidentAppointmentRequestStatus] = {
    "COMPLETED",
    "DENIED",
    "OPEN",
    "REVIEW",
}


def check_update_resident_appointment_request_status(value: str) -> UpdateResidentAppointmentRequestStatus:
    if value in UPDATE_RESIDENT_APPOINTMENT_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_RESIDENT_APPOINTMENT_REQUEST_STATUS_VALUES!r}"
    )
