from typing import Literal

V1AppointmentAvailabilityPostOutputResultItemCalendarType = (
    Literal["AGENT_CALENDAR", "ENTRATA_SELF_GUIDED_TOUR_CALENDAR", "PROPERTY_CALENDAR"] | str
)
"""One of AGENT_CALENDAR, ENTRATA_SELF_GUIDED_TOUR_CALENDAR, PROPERTY_CALENDAR; a value the spec does not list is kept as its string."""

V1_APPOINTMENT_AVAILABILITY_POST_OUTPUT_RESULT_ITEM_CALENDAR_TYPE_VALUES: set[str] = {
    "AGENT_CALENDAR",
    "ENTRATA_SELF_GUIDED_TOUR_CALENDAR",
    "PROPERTY_CALENDAR",
}


def check_v1_appointment_availability_post_output_result_item_calendar_type(
    value: str,
) -> V1AppointmentAvailabilityPostOutputResultItemCalendarType:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
