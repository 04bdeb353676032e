from typing import Literal

V1EventsAppointmentsLeadsPostInputStatus = Literal["COMPLETED", "DENIED", "OPEN", "REVIEW"]
"""One of COMPLETED, DENIED, OPEN, REVIEW."""

V1_EVENTS_APPOINTMENTS_LEADS_POST_INPUT_STATUS_VALUES: set[V1EventsAppointmentsLeadsPostInputStatus] = {
    "COMPLETED",
    "DENIED",
    "OPEN",
    "REVIEW",
}


def check_v1_events_appointments_leads_post_input_status(value: str) -> V1EventsAppointmentsLeadsPostInputStatus:
    if value in V1_EVENTS_APPOINTMENTS_LEADS_POST_INPUT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_EVENTS_APPOINTMENTS_LEADS_POST_INPUT_STATUS_VALUES!r}"
    )
