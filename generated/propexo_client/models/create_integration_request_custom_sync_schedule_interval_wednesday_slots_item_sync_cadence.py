from typing import Literal

CreateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence = Literal[
    "DAY", "HOUR", "MINUTE", "MONTH", "SECOND", "WEEK"
]
"""One of DAY, HOUR, MINUTE, MONTH, SECOND, WEEK."""

CREATE_INTEGRATION_REQUEST_CUSTOM_SYNC_SCHEDULE_INTERVAL_WEDNESDAY_SLOTS_ITEM_SYNC_CADENCE_VALUES: set[
    CreateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence
] = {
    "DAY",
    "HOUR",
    "MINUTE",
    "MONTH",
    "SECOND",
    "WEEK",
}


def check_create_integration_request_custom_sync_schedule_interval_wednesday_slots_item_sync_cadence(
    value: str,
) -> CreateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence:
    if value in CREATE_INTEGRATION_REQUEST_CUSTOM_SYNC_SCHEDULE_INTERVAL_WEDNESDAY_SLOTS_ITEM_SYNC_CADENCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_INTEGRATION_REQUEST_CUSTOM_SYNC_SCHEDULE_INTERVAL_WEDNESDAY_SLOTS_ITEM_SYNC_CADENCE_VALUES!r}"
    )
