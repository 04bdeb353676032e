from typing import Literal

CalendarType = Literal["AGENT_CALENDAR", "ENTRATA_SELF_GUIDED_TOUR_CALENDAR", "PROPERTY_CALENDAR"] | str
"""One of AGENT_CALENDAR, ENTRATA_SELF_GUIDED_TOUR_CALENDAR, PROPERTY_CALENDAR; a value the spec does not list is kept as its string."""

CALENDAR_TYPE_VALUES: set[str] = {
    "AGENT_CALENDAR",
    "ENTRATA_SELF_GUIDED_TOUR_CALENDAR",
    "PROPERTY_CALENDAR",
}


def check_calendar_type(value: str) -> CalendarType:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
