from typing import Literal

IntegrationJobScheduleStatus = Literal["ACTIVE", "INACTIVE"] | str
"""One of ACTIVE, INACTIVE; a value the spec does not list is kept as its string."""

INTEGRATION_JOB_SCHEDULE_STATUS_VALUES: set[str] = {
    "ACTIVE",
    "INACTIVE",
}


def check_integration_job_schedule_status(value: str) -> IntegrationJobScheduleStatus:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
