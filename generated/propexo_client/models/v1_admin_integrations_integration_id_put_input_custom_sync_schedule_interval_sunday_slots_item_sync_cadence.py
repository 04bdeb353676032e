from typing import Literal

V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence = Literal[
    "DAY", "HOUR", "MINUTE", "MONTH", "SECOND", "WEEK"
]
"""One of DAY, HOUR, MINUTE, MONTH, SECOND, WEEK."""

V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_PUT_INPUT_CUSTOM_SYNC_SCHEDULE_INTERVAL_SUNDAY_SLOTS_ITEM_SYNC_CADENCE_VALUES: set[
    V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence
] = {
    "DAY",
    "HOUR",
    "MINUTE",
    "MONTH",
    "SECOND",
    "WEEK",
}


def check_v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_sunday_slots_item_sync_cadence(
    value: str,
) -> V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence:
    if (
        value
        in V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_PUT_INPUT_CUSTOM_SYNC_SCHEDULE_INTERVAL_SUNDAY_SLOTS_ITEM_SYNC_CADENCE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_PUT_INPUT_CUSTOM_SYNC_SCHEDULE_INTERVAL_SUNDAY_SLOTS_ITEM_SYNC_CADENCE_VALUES!r}"
    )
