from typing import Literal

ListWriteLogsStatus = Literal["FAILURE", "SUCCESS"]
"""One of FAILURE, SUCCESS."""

LIST_WRITE_LOGS_STATUS_VALUES: set[ListWriteLogsStatus] = {
    "FAILURE",
    "SUCCESS",
}


def check_list_write_logs_status(value: str) -> ListWriteLogsStatus:
    if value in LIST_WRITE_LOGS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_WRITE_LOGS_STATUS_VALUES!r}")
