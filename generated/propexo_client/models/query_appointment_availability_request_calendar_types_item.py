from typing import Literal

QueryAppointmentAvailabilityRequestCalendarTypesItem = Literal["GENERAL", "LEASING", "MAINTENANCE", "RESIDENT"]
"""One of GENERAL, LEASING, MAINTENANCE, RESIDENT."""

QUERY_APPOINTMENT_AVAILABILITY_REQUEST_CALENDAR_TYPES_ITEM_VALUES: set[
    QueryAppointmentAvailabilityRequestCalendarTypesItem
] = {
    "GENERAL",
    "LEASING",
    "MAINTENANCE",
    "RESIDENT",
}


def check_query_appointment_availability_request_calendar_types_item(
    value: str,
) -> QueryAppointmentAvailabilityRequestCalendarTypesItem:
    if value in QUERY_APPOINTMENT_AVAILABILITY_REQUEST_CALENDAR_TYPES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUERY_APPOINTMENT_AVAILABILITY_REQUEST_CALENDAR_TYPES_ITEM_VALUES!r}"
    )
