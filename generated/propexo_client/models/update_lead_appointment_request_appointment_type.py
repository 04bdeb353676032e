from typing import Literal

UpdateLeadAppointmentRequestAppointmentType = Literal["LEASING_APPOINTMENT", "SELF_GUIDED_TOUR", "TOUR", "VIRTUAL_TOUR"]
"""One of LEASING_APPOINTMENT, SELF_GUIDED_TOUR, TOUR, VIRTUAL_TOUR."""

UPDATE_LEAD_APPOINTMENT_REQUEST_APPOINTMENT_TYPE_VALUES: set[UpdateLeadAppointmentRequestAppointmentType] = {
    "LEASING_APPOINTMENT",
    "SELF_GUIDED_TOUR",
    "TOUR",
    "VIRTUAL_TOUR",
}


def check_update_lead_appointment_request_appointment_type(value: str) -> UpdateLeadAppointmentRequestAppointmentType:
    if value in UPDATE_LEAD_APPOINTMENT_REQUEST_APPOINTMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_LEAD_APPOINTMENT_REQUEST_APPOINTMENT_TYPE_VALUES!r}"
    )
