from typing import Literal

V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleType = Literal["WEEK_BASED"]
"""One of WEEK_BASED."""

V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_PUT_INPUT_CUSTOM_SYNC_SCHEDULE_TYPE_VALUES: set[
    V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleType
] = {
    "WEEK_BASED",
}


def check_v1_admin_integrations_integration_id_put_input_custom_sync_schedule_type(
    value: str,
) -> V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleType:
    if value in V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_PUT_INPUT_CUSTOM_SYNC_SCHEDULE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_PUT_INPUT_CUSTOM_SYNC_SCHEDULE_TYPE_VALUES!r}"
    )
