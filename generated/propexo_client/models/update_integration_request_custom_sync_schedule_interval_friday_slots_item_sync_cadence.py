from typing import Literal

UpdateIntegrationRequestCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence = Literal[
    "DAY", "HOUR", "MINUTE", "MONTH", "SECOND", "WEEK"
]
"""One of DAY, HOUR, MINUTE, MONTH, SECOND, WEEK."""

UPDATE_INTEGRATION_REQUEST_CUSTOM_SYNC_SCHEDULE_INTERVAL_FRIDAY_SLOTS_ITEM_SYNC_CADENCE_VALUES: set[
    UpdateIntegrationRequestCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence
] = {
    "DAY",
    "HOUR",
    "MINUTE",
    "MONTH",
    "SECOND",
    "WEEK",
}


def check_update_integration_request_custom_sync_schedule_interval_friday_slots_item_sync_cadence(
    value: str,
) -> UpdateIntegrationRequestCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence:
    if value in UPDATE_INTEGRATION_REQUEST_CUSTOM_SYNC_SCHEDULE_INTERVAL_FRIDAY_SLOTS_ITEM_SYNC_CADENCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_INTEGRATION_REQUEST_CUSTOM_SYNC_SCHEDULE_INTERVAL_FRIDAY_SLOTS_ITEM_SYNC_CADENCE_VALUES!r}"
    )
