from typing import Literal

V1EventsAppointmentsLeadsEventIdPutInputPriority = Literal["HIGH", "LOW", "MEDIUM"]
"""One of HIGH, LOW, MEDIUM."""

V1_EVENTS_APPOINTMENTS_LEADS_EVENT_ID_PUT_INPUT_PRIORITY_VALUES: set[
    V1EventsAppointmentsLeadsEventIdPutInputPriority
] = {
    "HIGH",
    "LOW",
    "MEDIUM",
}


def check_v1_events_appointments_leads_event_id_put_input_priority(
    value: str,
) -> V1EventsAppointmentsLeadsEventIdPutInputPriority:
    if value in V1_EVENTS_APPOINTMENTS_LEADS_EVENT_ID_PUT_INPUT_PRIORITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_EVENTS_APPOINTMENTS_LEADS_EVENT_ID_PUT_INPUT_PRIORITY_VALUES!r}"
    )
