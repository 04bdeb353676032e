from typing import Literal

V1EventsAppointmentsApplicantsEventIdPutInputStatus = Literal["COMPLETED", "DENIED", "OPEN", "REVIEW"]
"""One of COMPLETED, DENIED, OPEN, REVIEW."""

V1_EVENTS_APPOINTMENTS_APPLICANTS_EVENT_ID_PUT_INPUT_STATUS_VALUES: set[
    V1EventsAppointmentsApplicantsEventIdPutInputStatus
] = {
    "COMPLETED",
    "DENIED",
    "OPEN",
    "REVIEW",
}


def check_v1_events_appointments_applicants_event_id_put_input_status(
    value: str,
) -> V1EventsAppointmentsApplicantsEventIdPutInputStatus:
    if value in V1_EVENTS_APPOINTMENTS_APPLICANTS_EVENT_ID_PUT_INPUT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_EVENTS_APPOINTMENTS_APPLICANTS_EVENT_ID_PUT_INPUT_STATUS_VALUES!r}"
    )
