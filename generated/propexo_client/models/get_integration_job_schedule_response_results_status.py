from typing import Literal

GetIntegrationJobScheduleResponseResultsStatus = Literal["ACTIVE", "INACTIVE"] | str
"""One of ACTIVE, INACTIVE; a value the spec does not list is kept as its string."""

GET_INTEGRATION_JOB_SCHEDULE_RESPONSE_RESULTS_STATUS_VALUES: set[str] = {
    "ACTIVE",
    "INACTIVE",
}


def check_get_integration_job_schedule_response_results_status(
    value: str,
) -> GetIntegrationJobScheduleResponseResultsStatus:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
