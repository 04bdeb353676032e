from typing import Literal

V1AppointmentAvailabilityPostOutputResultItemCalendarDaysItemSimultaneousAppointmentMode = Literal[
    "MULTIPLE", "SINGLE", "UNKNOWN", "UNLIMITED"
]

V1_APPOINTMENT_AVAILABILITY_POST_OUTPUT_RESULT_ITEM_CALENDAR_DAYS_ITEM_SIMULTANEOUS_APPOINTMENT_MODE_VALUES: set[
    V1AppointmentAvailabilityPostOutputResultItemCalendarDaysItemSimultaneousAppointmentMode
] = {
    "MULTIPLE",
    "SINGLE",
    "UNKNOWN",
    "UNLIMITED",
}


def check_v1_appointment_availability_post_output_result_item_calendar_days_item_simultaneous_appointment_mode(
    value: str,
) -> V1AppointmentAvailabilityPostOutputResultItemCalendarDaysItemSimultaneousAppointmentMode:
    if (
        value
        in V1_APPOINTMENT_AVAILABILITY_POST_OUTPUT_RESULT_ITEM_CALENDAR_DAYS_ITEM_SIMULTANEOUS_APPOINTMENT_MODE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_APPOINTMENT_AVAILABILITY_POST_OUTPUT_RESULT_ITEM_CALENDAR_DAYS_ITEM_SIMULTANEOUS_APPOINTMENT_MODE_VALUES!r}"
    )
