from typing import Literal

CreateLeadAppointmentRequestPriority = Literal["HIGH", "LOW", "MEDIUM"]
"""One of HIGH, LOW, MEDIUM."""

CREATE_LEAD_APPOINTMENT_REQUEST_PRIORITY_VALUES: set[CreateLeadAppointmentRequestPriority] = {
    "HIGH",
    "LOW",
    "MEDIUM",
}


def check_create_lead_appointment_request_priority(value: str) -> CreateLeadAppointmentRequestPriority:
    if value in CREATE_LEAD_APPOINTMENT_REQUEST_PRIORITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_LEAD_APPOINTMENT_REQUEST_PRIORITY_VALUES!r}")
