from typing import Literal

CustomSyncScheduleTimezone = (
    Literal[
        "America/Anchorage",
        "America/Chicago",
        "America/Denver",
        "America/Los_Angeles",
        "America/New_York",
        "America/Phoenix",
        "Pacific/Honolulu",
        "UTC",
    ]
    | str
)
"""One of America/Anchorage, America/Chicago, America/Denver, America/Los_Angeles, America/New_York, America/Phoenix, Pacific/Honolulu, UTC; a value the spec does not list is kept as its string."""

CUSTOM_SYNC_SCHEDULE_TIMEZONE_VALUES: set[str] = {
    "America/Anchorage",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/New_York",
    "America/Phoenix",
    "Pacific/Honolulu",
    "UTC",
}


def check_custom_sync_schedule_timezone(value: str) -> CustomSyncScheduleTimezone:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
