from typing import Literal

V1EventsAppointmentsApplicantsPostInputStatus = Literal["COMPLETED", "DENIED", "OPEN", "REVIEW"]
"""One of COMPLETED, DENIED, OPEN, REVIEW."""

V1_EVENTS_APPOINTMENTS_APPLICANTS_POST_INPUT_STATUS_VALUES: set[V1EventsAppointmentsApplicantsPostInputStatus] = {
    "COMPLETED",
    "DENIED",
    "OPEN",
    "REVIEW",
}


def check_v1_events_appointments_applicants_post_input_status(
    value: str,
) -> V1EventsAppointmentsApplicantsPostInputStatus:
    if value in V1_EVENTS_APPOINTMENTS_APPLICANTS_POST_INPUT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_EVENTS_APPOINTMENTS_APPLICANTS_POST_INPUT_STATUS_VALUES!r}"
    )
