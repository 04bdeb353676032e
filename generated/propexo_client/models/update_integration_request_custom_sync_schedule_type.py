from typing import Literal

UpdateIntegrationRequestCustomSyncScheduleType = Literal["WEEK_BASED"]
"""One of WEEK_BASED."""

UPDATE_INTEGRATION_REQUEST_CUSTOM_SYNC_SCHEDULE_TYPE_VALUES: set[UpdateIntegrationRequestCustomSyncScheduleType] = {
    "WEEK_BASED",
}


def check_update_integration_request_custom_sync_schedule_type(
    value: str,
) -> UpdateIntegrationRequestCustomSyncScheduleType:
    if value in UPDATE_INTEGRATION_REQUEST_CUSTOM_SYNC_SCHEDULE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_INTEGRATION_REQUEST_CUSTOM_SYNC_SCHEDULE_TYPE_VALUES!r}"
    )
