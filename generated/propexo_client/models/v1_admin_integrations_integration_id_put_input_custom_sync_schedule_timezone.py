from typing import Literal

V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleTimezone = Literal[
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

V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_PUT_INPUT_CUSTOM_SYNC_SCHEDULE_TIMEZONE_VALUES: set[
    V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleTimezone
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


def check_v1_admin_integrations_integration_id_put_input_custom_sync_schedule_timezone(
    value: str,
) -> V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleTimezone:
    if value in V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_PUT_INPUT_CUSTOM_SYNC_SCHEDULE_TIMEZONE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_PUT_INPUT_CUSTOM_SYNC_SCHEDULE_TIMEZONE_VALUES!r}"
    )
