from typing import Literal

V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleType = Literal["WEEK_BASED"]

V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_PUT_OUTPUT_RESULT_CUSTOM_SYNC_SCHEDULE_TYPE_VALUES: set[
    V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleType
] = {
    "WEEK_BASED",
}


def check_v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_type(
    value: str,
) -> V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleType:
    if value in V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_PUT_OUTPUT_RESULT_CUSTOM_SYNC_SCHEDULE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_PUT_OUTPUT_RESULT_CUSTOM_SYNC_SCHEDULE_TYPE_VALUES!r}"
    )
