from typing import Literal

V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetOutputResultsStatus = Literal["ACTIVE", "INACTIVE"] | str
"""One of ACTIVE, INACTIVE; a value the spec does not list is kept as its string."""

V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_JOB_SCHEDULES_JOB_SCHEDULE_ID_GET_OUTPUT_RESULTS_STATUS_VALUES: set[str] = {
    "ACTIVE",
    "INACTIVE",
}


def check_v1_admin_integrations_integration_id_job_schedules_job_schedule_id_get_output_results_status(
    value: str,
) -> V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetOutputResultsStatus:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
