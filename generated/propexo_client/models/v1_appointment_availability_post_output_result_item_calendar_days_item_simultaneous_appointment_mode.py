from typing import Literal

V1AppointmentAvailabilityPostOutputResultItemCalendarDaysItemSimultaneousAppointmentMode = (
    Literal["MULTIPLE", "SINGLE", "UNKNOWN", "UNLIMITED"] | str
)
"""One of MULTIPLE, SINGLE, UNKNOWN, UNLIMITED; a value the spec does not list is kept as its string."""

V1_APPOINTMENT_AVAILABILITY_POST_OUTPUT_RESULT_ITEM_CALENDAR_DAYS_ITEM_SIMULTANEOUS_APPOINTMENT_MODE_VALUES: set[
    str
] = {
    "MULTIPLE",
    "SINGLE",
    "UNKNOWN",
    "UNLIMITED",
}


def check_v1_appointment_availability_post_output_result_item_calendar_days_item_simultaneous_appointment_mode(
    value: str,
) -> V1AppointmentAvailabilityPostOutputResultItemCalendarDaysItemSimultaneousAppointmentMode:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
