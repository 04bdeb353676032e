from typing import Literal

CreateLeadAppointmentRequestStatus = Literal["COMPLETED", "DENIED", "OPEN", "REVIEW"]
"""One of COMPLETED, DENIED, OPEN, REVIEW."""

CREATE_LEAD_APPOINTMENT_REQUEST_STATUS_VALUES: set[CreateLeadAppointmentRequestStatus] = {
    "COMPLETED",
    "DENIED",
    "OPEN",
    "REVIEW",
}


def check_create_lead_appointment_request_status(value: str) -> CreateLeadAppointmentRequestStatus:
    if value in CREATE_LEAD_APPOINTMENT_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_LEAD_APPOINTMENT_REQUEST_STATUS_VALUES!r}")
