from typing import Literal

PropertyOfficeHoursItemDayOfWeek = (
    Literal["FRIDAY", "MONDAY", "SATURDAY", "SUNDAY", "THURSDAY", "TUESDAY", "WEDNESDAY"] | str
)
"""One of FRIDAY, MONDAY, SATURDAY, SUNDAY, THURSDAY, TUESDAY, WEDNESDAY; a value the spec does not list is kept as its string."""

PROPERTY_OFFICE_HOURS_ITEM_DAY_OF_WEEK_VALUES: set[str] = {
    "FRIDAY",
    "MONDAY",
    "SATURDAY",
    "SUNDAY",
    "THURSDAY",
    "TUESDAY",
    "WEDNESDAY",
}


def check_property_office_hours_item_day_of_week(value: str) -> PropertyOfficeHoursItemDayOfWeek:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
