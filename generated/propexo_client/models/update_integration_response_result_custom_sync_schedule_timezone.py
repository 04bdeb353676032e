from typing import Literal

UpdateIntegrationResponseResultCustomSyncScheduleTimezone = (
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

UPDATE_INTEGRATION_RESPONSE_RESULT_CUSTOM_SYNC_SCHEDULE_TIMEZONE_VALUES: set[str] = {
    "America/Anchorage",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/New_York",
    "America/Phoenix",
    "Pacific/Honolulu",
    "UTC",
}


def check_update_integration_response_result_custom_sync_schedule_timezone(
    value: str,
) -> UpdateIntegrationResponseResultCustomSyncScheduleTimezone:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
