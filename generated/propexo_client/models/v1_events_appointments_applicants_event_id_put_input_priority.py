from typing import Literal

V1EventsAppointmentsApplicantsEventIdPutInputPriority = Literal["HIGH", "LOW", "MEDIUM"]
"""One of HIGH, LOW, MEDIUM."""

V1_EVENTS_APPOINTMENTS_APPLICANTS_EVENT_ID_PUT_INPUT_PRIORITY_VALUES: set[
    V1EventsAppointmentsApplicantsEventIdPutInputPriority
] = {
    "HIGH",
    "LOW",
    "MEDIUM",
}


def check_v1_events_appointments_applicants_event_id_put_input_priority(
    value: str,
) -> V1EventsAppointmentsApplicantsEventIdPutInputPriority:
    if value in V1_EVENTS_APPOINTMENTS_APPLICANTS_EVENT_ID_PUT_INPUT_PRIORITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_EVENTS_APPOINTMENTS_APPLICANTS_EVENT_ID_PUT_INPUT_PRIORITY_VALUES!r}"
    )
