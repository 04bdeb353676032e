from typing import Literal

UpdateIntegrationRequestCustomSyncScheduleTimezone = Literal[
    "America/Anchorage",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/New_York",
    "America/Phoenix",
    "Pacific/Honolulu",
    "UTC",
]
"""One of America/Anchorage, America/Chicago, America/Denver, America/Los_Angeles, America/New_York, America/Phoenix, Pacific/Honolulu, UTC."""

UPDATE_INTEGRATION_REQUEST_CUSTOM_SYNC_SCHEDULE_TIMEZONE_VALUES: set[
    UpdateIntegrationRequestCustomSyncScheduleTimezone
] = {
    "America/Anchorage",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/New_York",
    "America/Phoenix",
    "Pacific/Honolulu",
    "UTC",
}


def check_update_integration_request_custom_sync_schedule_timezone(
    value: str,
) -> UpdateIntegrationRequestCustomSyncScheduleTimezone:
    if value in UPDATE_INTEGRATION_REQUEST_CUSTOM_SYNC_SCHEDULE_TIMEZONE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_INTEGRATION_REQUEST_CUSTOM_SYNC_SCHEDULE_TIMEZONE_VALUES!r}"
    )
