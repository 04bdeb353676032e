from typing import Literal

V1AppointmentAvailabilityPostInputCalendarTypesItem = Literal["GENERAL", "LEASING", "MAINTENANCE", "RESIDENT"]
"""One of GENERAL, LEASING, MAINTENANCE, RESIDENT."""

V1_APPOINTMENT_AVAILABILITY_POST_INPUT_CALENDAR_TYPES_ITEM_VALUES: set[
    V1AppointmentAvailabilityPostInputCalendarTypesItem
] = {
    "GENERAL",
    "LEASING",
    "MAINTENANCE",
    "RESIDENT",
}


def check_v1_appointment_availability_post_input_calendar_types_item(
    value: str,
) -> V1AppointmentAvailabilityPostInputCalendarTypesItem:
    if value in V1_APPOINTMENT_AVAILABILITY_POST_INPUT_CALENDAR_TYPES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_APPOINTMENT_AVAILABILITY_POST_INPUT_CALENDAR_TYPES_ITEM_VALUES!r}"
    )
