from typing import Literal

V1EventsAppointmentsLeadsEventIdPutInputAppointmentType = Literal[
    "LEASING_APPOINTMENT", "SELF_GUIDED_TOUR", "TOUR", "VIRTUAL_TOUR"
]
"""One of LEASING_APPOINTMENT, SELF_GUIDED_TOUR, TOUR, VIRTUAL_TOUR."""

V1_EVENTS_APPOINTMENTS_LEADS_EVENT_ID_PUT_INPUT_APPOINTMENT_TYPE_VALUES: set[
    V1EventsAppointmentsLeadsEventIdPutInputAppointmentType
] = {
    "LEASING_APPOINTMENT",
    "SELF_GUIDED_TOUR",
    "TOUR",
    "VIRTUAL_TOUR",
}


def check_v1_events_appointments_leads_event_id_put_input_appointment_type(
    value: str,
) -> V1EventsAppointmentsLeadsEventIdPutInputAppointmentType:
    if value in V1_EVENTS_APPOINTMENTS_LEADS_EVENT_ID_PUT_INPUT_APPOINTMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_EVENTS_APPOINTMENTS_LEADS_EVENT_ID_PUT_INPUT_APPOINTMENT_TYPE_VALUES!r}"
    )
