from typing import Literal

V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence = Literal[
    "DAY", "HOUR", "MINUTE", "MONTH", "SECOND", "WEEK"
]
"""One of DAY, HOUR, MINUTE, MONTH, SECOND, WEEK."""

V1_ADMIN_INTEGRATIONS_POST_INPUT_CUSTOM_SYNC_SCHEDULE_INTERVAL_TUESDAY_SLOTS_ITEM_SYNC_CADENCE_VALUES: set[
    V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence
] = {
    "DAY",
    "HOUR",
    "MINUTE",
    "MONTH",
    "SECOND",
    "WEEK",
}


def check_v1_admin_integrations_post_input_custom_sync_schedule_interval_tuesday_slots_item_sync_cadence(
    value: str,
) -> V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence:
    if value in V1_ADMIN_INTEGRATIONS_POST_INPUT_CUSTOM_SYNC_SCHEDULE_INTERVAL_TUESDAY_SLOTS_ITEM_SYNC_CADENCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_ADMIN_INTEGRATIONS_POST_INPUT_CUSTOM_SYNC_SCHEDULE_INTERVAL_TUESDAY_SLOTS_ITEM_SYNC_CADENCE_VALUES!r}"
    )
