from typing import Literal

UpdateLeadAppointmentRequestPriority = Literal["HIGH", "LOW", "MEDIUM"]
"""One of HIGH, LOW, MEDIUM."""

UPDATE_LEAD_APPOINTMENT_REQUEST_PRIORITY_VALUES: set[UpdateLeadAppointmentRequestPriority] = {
    "HIGH",
    "LOW",
    "MEDIUM",
}


def check_update_lead_appointment_request_priority(value: str) -> UpdateLeadAppointmentRequestPriority:
    if value in UPDATE_LEAD_APPOINTMENT_REQUEST_PRIORITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_LEAD_APPOINTMENT_REQUEST_PRIORITY_VALUES!r}")
