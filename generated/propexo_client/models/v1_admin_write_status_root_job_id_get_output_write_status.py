from typing import Literal

V1AdminWriteStatusRootJobIdGetOutputWriteStatus = Literal["FAILURE", "PARTIAL_SUCCESS", "PENDING", "SUCCESS"] | str
"""One of FAILURE, PARTIAL_SUCCESS, PENDING, SUCCESS; a value the spec does not list is kept as its string."""

V1_ADMIN_WRITE_STATUS_ROOT_JOB_ID_GET_OUTPUT_WRITE_STATUS_VALUES: set[str] = {
    "FAILURE",
    "PARTIAL_SUCCESS",
    "PENDING",
    "SUCCESS",
}


def check_v1_admin_write_status_root_job_id_get_output_write_status(
    value: str,
) -> V1AdminWriteStatusRootJobIdGetOutputWriteStatus:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
