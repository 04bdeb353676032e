from typing import Literal

V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetOutputResultsSyncCadence = Literal[
    "DAY", "HOUR", "MINUTE", "MONTH", "SECOND", "WEEK"
]

V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_JOB_SCHEDULES_JOB_SCHEDULE_ID_GET_OUTPUT_RESULTS_SYNC_CADENCE_VALUES: set[
    V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetOutputResultsSyncCadence
] = {
    "DAY",
    "HOUR",
    "MINUTE",
    "MONTH",
    "SECOND",
    "WEEK",
}


def check_v1_admin_integrations_integration_id_job_schedules_job_schedule_id_get_output_results_sync_cadence(
    value: str,
) -> V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetOutputResultsSyncCadence:
    if (
        value
        in V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_JOB_SCHEDULES_JOB_SCHEDULE_ID_GET_OUTPUT_RESULTS_SYNC_CADENCE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_JOB_SCHEDULES_JOB_SCHEDULE_ID_GET_OUTPUT_RESULTS_SYNC_CADENCE_VALUES!r}"
    )
