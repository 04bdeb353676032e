from typing import Literal

V1EventsAppointmentsLeadsPostInputPriority = Literal["HIGH", "LOW", "MEDIUM"]
"""One of HIGH, LOW, MEDIUM."""

V1_EVENTS_APPOINTMENTS_LEADS_POST_INPUT_PRIORITY_VALUES: set[V1EventsAppointmentsLeadsPostInputPriority] = {
    "HIGH",
    "LOW",
    "MEDIUM",
}


def check_v1_events_appointments_leads_post_input_priority(value: str) -> V1EventsAppointmentsLeadsPostInputPriority:
    if value in V1_EVENTS_APPOINTMENTS_LEADS_POST_INPUT_PRIORITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_EVENTS_APPOINTMENTS_LEADS_POST_INPUT_PRIORITY_VALUES!r}"
    )
