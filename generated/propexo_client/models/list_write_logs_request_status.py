from typing import Literal

ListWriteLogsRequestStatus = Literal["FAILURE", "SUCCESS"]
"""One of FAILURE, SUCCESS."""

LIST_WRITE_LOGS_REQUEST_STATUS_VALUES: set[ListWriteLogsRequestStatus] = {
    "FAILURE",
    "SUCCESS",
}


def check_list_write_logs_request_status(value: str) -> ListWriteLogsRequestStatus:
    if value in LIST_WRITE_LOGS_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_WRITE_LOGS_REQUEST_STATUS_VALUES!r}")
