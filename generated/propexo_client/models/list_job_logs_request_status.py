from typing import Literal

ListJobLogsRequestStatus = Literal["FAILURE", "SUCCESS"]
"""One of FAILURE, SUCCESS."""

LIST_JOB_LOGS_REQUEST_STATUS_VALUES: set[ListJobLogsRequestStatus] = {
    "FAILURE",
    "SUCCESS",
}


def check_list_job_logs_request_status(value: str) -> ListJobLogsRequestStatus:
    if value in LIST_JOB_LOGS_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_JOB_LOGS_REQUEST_STATUS_VALUES!r}")
