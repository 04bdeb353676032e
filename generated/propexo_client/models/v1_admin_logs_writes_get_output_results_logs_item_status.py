from typing import Literal

V1AdminLogsWritesGetOutputResultsLogsItemStatus = Literal["FAILURE", "SUCCESS"]

V1_ADMIN_LOGS_WRITES_GET_OUTPUT_RESULTS_LOGS_ITEM_STATUS_VALUES: set[
    V1AdminLogsWritesGetOutputResultsLogsItemStatus
] = {
    "FAILURE",
    "SUCCESS",
}


def check_v1_admin_logs_writes_get_output_results_logs_item_status(
    value: str,
) -> V1AdminLogsWritesGetOutputResultsLogsItemStatus:
    if value in V1_ADMIN_LOGS_WRITES_GET_OUTPUT_RESULTS_LOGS_ITEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_ADMIN_LOGS_WRITES_GET_OUTPUT_RESULTS_LOGS_ITEM_STATUS_VALUES!r}"
    )
