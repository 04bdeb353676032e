from typing import Literal

CreateLeadAppointmentRequestAppointmentType = Literal["LEASING_APPOINTMENT", "SELF_GUIDED_TOUR", "TOUR", "VIRTUAL_TOUR"]
"""One of LEASING_APPOINTMENT, SELF_GUIDED_TOUR, TOUR, VIRTUAL_TOUR."""

CREATE_LEAD_APPOINTMENT_REQUEST_APPOINTMENT_TYPE_VALUES: set[CreateLeadAppointmentRequestAppointmentType] = {
    "LEASING_APPOINTMENT",
    "SELF_GUIDED_TOUR",
    "TOUR",
    "VIRTUAL_TOUR",
}


def check_create_lead_appointment_request_appointment_type(value: str) -> CreateLeadAppointmentRequestAppointmentType:
    if value in CREATE_LEAD_APPOINTMENT_REQUEST_APPOINTMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_LEAD_APPOINTMENT_REQUEST_APPOINTMENT_TYPE_VALUES!r}"
    )
