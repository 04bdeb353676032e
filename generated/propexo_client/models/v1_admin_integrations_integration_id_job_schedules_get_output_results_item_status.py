from typing import Literal

V1AdminIntegrationsIntegrationIdJobSchedulesGetOutputResultsItemStatus = Literal["ACTIVE", "INACTIVE"]

V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_JOB_SCHEDULES_GET_OUTPUT_RESULTS_ITEM_STATUS_VALUES: set[
    V1AdminIntegrationsIntegrationIdJobSchedulesGetOutputResultsItemStatus
] = {
    "ACTIVE",
    "INACTIVE",
}


def check_v1_admin_integrations_integration_id_job_schedules_get_output_results_item_status(
    value: str,
) -> V1AdminIntegrationsIntegrationIdJobSchedulesGetOutputResultsItemStatus:
    if value in V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_JOB_SCHEDULES_GET_OUTPUT_RESULTS_ITEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_JOB_SCHEDULES_GET_OUTPUT_RESULTS_ITEM_STATUS_VALUES!r}"
    )
