from typing import Literal

ListWriteLogsTimeRange = Literal["day", "hour", "month", "week"]
"""One of day, hour, month, week."""

LIST_WRITE_LOGS_TIME_RANGE_VALUES: set[ListWriteLogsTimeRange] = {
    "day",
    "hour",
    "month",
    "week",
}


def check_list_write_logs_time_range(value: str) -> ListWriteLogsTimeRange:
    if value in LIST_WRITE_LOGS_TIME_RANGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_WRITE_LOGS_TIME_RANGE_VALUES!r}")
