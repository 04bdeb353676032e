from typing import Literal

V1AdminWriteStatusRootJobIdGetOutputWriteStatus = Literal["FAILURE", "PARTIAL_SUCCESS", "PENDING", "SUCCESS"]

V1_ADMIN_WRITE_STATUS_ROOT_JOB_ID_GET_OUTPUT_WRITE_STATUS_VALUES: set[
    V1AdminWriteStatusRootJobIdGetOutputWriteStatus
] = {
    "FAILURE",
    "PARTIAL_SUCCESS",
    "PENDING",
    "SUCCESS",
}


def check_v1_admin_write_status_root_job_id_get_output_write_status(
    value: str,
) -> V1AdminWriteStatusRootJobIdGetOutputWriteStatus:
    if value in V1_ADMIN_WRITE_STATUS_ROOT_JOB_ID_GET_OUTPUT_WRITE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_ADMIN_WRITE_STATUS_ROOT_JOB_ID_GET_OUTPUT_WRITE_STATUS_VALUES!r}"
    )
