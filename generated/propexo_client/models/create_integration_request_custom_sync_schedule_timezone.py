from typing import Literal

CreateIntegrationRequestCustomSyncScheduleTimezone = Literal[
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

CREATE_INTEGRATION_REQUEST_CUSTOM_SYNC_SCHEDULE_TIMEZONE_VALUES: set[
    CreateIntegrationRequestCustomSyncScheduleTimezone
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


def check_create_integration_request_custom_sync_schedule_timezone(
    value: str,
) -> CreateIntegrationRequestCustomSyncScheduleTimezone:
    if value in CREATE_INTEGRATION_REQUEST_CUSTOM_SYNC_SCHEDULE_TIMEZONE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_INTEGRATION_REQUEST_CUSTOM_SYNC_SCHEDULE_TIMEZONE_VALUES!r}"
    )
