from typing import Literal

UpdateLeadAppointmentRequestStatus = Literal["COMPLETED", "DENIED", "OPEN", "REVIEW"]
"""One of COMPLETED, DENIED, OPEN, REVIEW."""

UPDATE_LEAD_APPOINTMENT_REQUEST_STATUS_VALUES: set[UpdateLeadAppointmentRequestStatus] = {
    "COMPLETED",
    "DENIED",
    "OPEN",
    "REVIEW",
}


def check_update_lead_appointment_request_status(value: str) -> UpdateLeadAppointmentRequestStatus:
    if value in UPDATE_LEAD_APPOINTMENT_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_LEAD_APPOINTMENT_REQUEST_STATUS_VALUES!r}")
