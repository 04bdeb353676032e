from typing import Literal

V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetOutputResultsSyncCadence = (
    Literal["DAY", "HOUR", "MINUTE", "MONTH", "SECOND", "WEEK"] | str
)
"""One of DAY, HOUR, MINUTE, MONTH, SECOND, WEEK; a value the spec does not list is kept as its string."""

V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_JOB_SCHEDULES_JOB_SCHEDULE_ID_GET_OUTPUT_RESULTS_SYNC_CADENCE_VALUES: set[str] = {
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
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
