from typing import Literal

ListWriteLogsRequestTimeRange = Literal["day", "hour", "month", "week"]
"""One of day, hour, month, week."""

LIST_WRITE_LOGS_REQUEST_TIME_RANGE_VALUES: set[ListWriteLogsRequestTimeRange] = {
    "day",
    "hour",
    "month",
    "week",
}


def check_list_write_logs_request_time_range(value: str) -> ListWriteLogsRequestTimeRange:
    if value in LIST_WRITE_LOGS_REQUEST_TIME_RANGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_WRITE_LOGS_REQUEST_TIME_RANGE_VALUES!r}")
