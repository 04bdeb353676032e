from typing import Literal

V1EventsAppointmentsApplicantsEventIdPutInputAppointmentType = Literal[
    "LEASING_APPOINTMENT", "SELF_GUIDED_TOUR", "TOUR", "VIRTUAL_TOUR"
]
"""One of LEASING_APPOINTMENT, SELF_GUIDED_TOUR, TOUR, VIRTUAL_TOUR."""

V1_EVENTS_APPOINTMENTS_APPLICANTS_EVENT_ID_PUT_INPUT_APPOINTMENT_TYPE_VALUES: set[
    V1EventsAppointmentsApplicantsEventIdPutInputAppointmentType
] = {
    "LEASING_APPOINTMENT",
    "SELF_GUIDED_TOUR",
    "TOUR",
    "VIRTUAL_TOUR",
}


def check_v1_events_appointments_applicants_event_id_put_input_appointment_type(
    value: str,
) -> V1EventsAppointmentsApplicantsEventIdPutInputAppointmentType:
    if value in V1_EVENTS_APPOINTMENTS_APPLICANTS_EVENT_ID_PUT_INPUT_APPOINTMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_EVENTS_APPOINTMENTS_APPLICANTS_EVENT_ID_PUT_INPUT_APPOINTMENT_TYPE_VALUES!r}"
    )
