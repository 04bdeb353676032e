from typing import Literal

ListJobLogsStatus = Literal["FAILURE", "SUCCESS"]
"""One of FAILURE, SUCCESS."""

LIST_JOB_LOGS_STATUS_VALUES: set[ListJobLogsStatus] = {
    "FAILURE",
    "SUCCESS",
}


def check_list_job_logs_status(value: str) -> ListJobLogsStatus:
    if value in LIST_JOB_LOGS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_JOB_LOGS_STATUS_VALUES!r}")
