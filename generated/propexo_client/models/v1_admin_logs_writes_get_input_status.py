from typing import Literal

V1AdminLogsWritesGetInputStatus = Literal["FAILURE", "SUCCESS"]
"""One of FAILURE, SUCCESS."""

V1_ADMIN_LOGS_WRITES_GET_INPUT_STATUS_VALUES: set[V1AdminLogsWritesGetInputStatus] = {
    "FAILURE",
    "SUCCESS",
}


def check_v1_admin_logs_writes_get_input_status(value: str) -> V1AdminLogsWritesGetInputStatus:
    if value in V1_ADMIN_LOGS_WRITES_GET_INPUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_ADMIN_LOGS_WRITES_GET_INPUT_STATUS_VALUES!r}")
