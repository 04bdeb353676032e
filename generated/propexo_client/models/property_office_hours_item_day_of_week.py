from typing import Literal

PropertyOfficeHoursItemDayOfWeek = Literal["FRIDAY", "MONDAY", "SATURDAY", "SUNDAY", "THURSDAY", "TUESDAY", "WEDNESDAY"]

PROPERTY_OFFICE_HOURS_ITEM_DAY_OF_WEEK_VALUES: set[PropertyOfficeHoursItemDayOfWeek] = {
    "FRIDAY",
    "MONDAY",
    "SATURDAY",
    "SUNDAY",
    "THURSDAY",
    "TUESDAY",
    "WEDNESDAY",
}


def check_property_office_hours_item_day_of_week(value: str) -> PropertyOfficeHoursItemDayOfWeek:
    if value in PROPERTY_OFFICE_HOURS_ITEM_DAY_OF_WEEK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROPERTY_OFFICE_HOURS_ITEM_DAY_OF_WEEK_VALUES!r}")
