from typing import Literal

V1AppointmentAvailabilityPostOutputResultItemCalendarType = Literal[
    "AGENT_CALENDAR", "ENTRATA_SELF_GUIDED_TOUR_CALENDAR", "PROPERTY_CALENDAR"
]

V1_APPOINTMENT_AVAILABILITY_POST_OUTPUT_RESULT_ITEM_CALENDAR_TYPE_VALUES: set[
    V1AppointmentAvailabilityPostOutputResultItemCalendarType
] = {
    "AGENT_CALENDAR",
    "ENTRATA_SELF_GUIDED_TOUR_CALENDAR",
    "PROPERTY_CALENDAR",
}


def check_v1_appointment_availability_post_output_result_item_calendar_type(
    value: str,
) -> V1AppointmentAvailabilityPostOutputResultItemCalendarType:
    if value in V1_APPOINTMENT_AVAILABILITY_POST_OUTPUT_RESULT_ITEM_CALENDAR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_APPOINTMENT_AVAILABILITY_POST_OUTPUT_RESULT_ITEM_CALENDAR_TYPE_VALUES!r}"
    )
