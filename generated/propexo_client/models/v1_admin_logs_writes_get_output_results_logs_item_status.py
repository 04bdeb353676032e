from typing import Literal

V1AdminLogsWritesGetOutputResultsLogsItemStatus = Literal["FAILURE", "SUCCESS"] | str
"""One of FAILURE, SUCCESS; a value the spec does not list is kept as its string."""

V1_ADMIN_LOGS_WRITES_GET_OUTPUT_RESULTS_LOGS_ITEM_STATUS_VALUES: set[str] = {
    "FAILURE",
    "SUCCESS",
}


def check_v1_admin_logs_writes_get_output_results_logs_item_status(
    value: str,
) -> V1AdminLogsWritesGetOutputResultsLogsItemStatus:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
