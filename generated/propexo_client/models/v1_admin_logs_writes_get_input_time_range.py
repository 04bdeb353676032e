from typing import Literal

V1AdminLogsWritesGetInputTimeRange = Literal["day", "hour", "month", "week"]
"""One of day, hour, month, week."""

V1_ADMIN_LOGS_WRITES_GET_INPUT_TIME_RANGE_VALUES: set[V1AdminLogsWritesGetInputTimeRange] = {
    "day",
    "hour",
    "month",
    "week",
}


def check_v1_admin_logs_writes_get_input_time_range(value: str) -> V1AdminLogsWritesGetInputTimeRange:
    if value in V1_ADMIN_LOGS_WRITES_GET_INPUT_TIME_RANGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_ADMIN_LOGS_WRITES_GET_INPUT_TIME_RANGE_VALUES!r}")
