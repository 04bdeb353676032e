from typing import Literal

CreateIntegrationRequestCustomSyncScheduleType = Literal["WEEK_BASED"]
"""One of WEEK_BASED."""

CREATE_INTEGRATION_REQUEST_CUSTOM_SYNC_SCHEDULE_TYPE_VALUES: set[CreateIntegrationRequestCustomSyncScheduleType] = {
    "WEEK_BASED",
}


def check_create_integration_request_custom_sync_schedule_type(
    value: str,
) -> CreateIntegrationRequestCustomSyncScheduleType:
    if value in CREATE_INTEGRATION_REQUEST_CUSTOM_SYNC_SCHEDULE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_INTEGRATION_REQUEST_CUSTOM_SYNC_SCHEDULE_TYPE_VALUES!r}"
    )
