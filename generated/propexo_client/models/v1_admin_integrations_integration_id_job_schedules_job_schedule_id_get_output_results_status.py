from typing import Literal

V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetOutputResultsStatus = Literal["ACTIVE", "INACTIVE"]

V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_JOB_SCHEDULES_JOB_SCHEDULE_ID_GET_OUTPUT_RESULTS_STATUS_VALUES: set[
    V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetOutputResultsStatus
] = {
    "ACTIVE",
    "INACTIVE",
}


def check_v1_admin_integrations_integration_id_job_schedules_job_schedule_id_get_output_results_status(
    value: str,
) -> V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetOutputResultsStatus:
    if value in V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_JOB_SCHEDULES_JOB_SCHEDULE_ID_GET_OUTPUT_RESULTS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_JOB_SCHEDULES_JOB_SCHEDULE_ID_GET_OUTPUT_RESULTS_STATUS_VALUES!r}"
    )
