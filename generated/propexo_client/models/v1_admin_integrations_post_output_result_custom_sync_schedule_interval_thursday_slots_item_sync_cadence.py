from typing import Literal

V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence = (
    Literal["DAY", "HOUR", "MINUTE", "MONTH", "SECOND", "WEEK"] | str
)
"""One of DAY, HOUR, MINUTE, MONTH, SECOND, WEEK; a value the spec does not list is kept as its string."""

V1_ADMIN_INTEGRATIONS_POST_OUTPUT_RESULT_CUSTOM_SYNC_SCHEDULE_INTERVAL_THURSDAY_SLOTS_ITEM_SYNC_CADENCE_VALUES: set[
    str
] = {
    "DAY",
    "HOUR",
    "MINUTE",
    "MONTH",
    "SECOND",
    "WEEK",
}


def check_v1_admin_integrations_post_output_result_custom_sync_schedule_interval_thursday_slots_item_sync_cadence(
    value: str,
) -> V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
