from typing import Literal

V1EventsAppointmentsResidentsEventIdPutInputStatus = Literal["COMPLETED", "DENIED", "OPEN", "REVIEW"]
"""One of COMPLETED, DENIED, OPEN, REVIEW."""

V1_EVENTS_APPOINTMENTS_RESIDENTS_EVENT_ID_PUT_INPUT_STATUS_VALUES: set[
    V1EventsAppointmentsResidentsEventIdPutInputStatus
] = {
    "COMPLETED",
    "DENIED",
    "OPEN",
    "REVIEW",
}


def check_v1_events_appointments_residents_event_id_put_input_status(
    value: str,
) -> V1EventsAppointmentsResidentsEventIdPutInputStatus:
    if value in V1_EVENTS_APPOINTMENTS_RESIDENTS_EVENT_ID_PUT_INPUT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_EVENTS_APPOINTMENTS_RESIDENTS_EVENT_ID_PUT_INPUT_STATUS_VALUES!r}"
    )
