from typing import Literal

ListWriteLogsResponseResultsLogsItemStatus = Literal["FAILURE", "SUCCESS"] | str
"""One of FAILURE, SUCCESS; a value the spec does not list is kept as its string."""

LIST_WRITE_LOGS_RESPONSE_RESULTS_LOGS_ITEM_STATUS_VALUES: set[str] = {
    "FAILURE",
    "SUCCESS",
}


def check_list_write_logs_response_results_logs_item_status(value: str) -> ListWriteLogsResponseResultsLogsItemStatus:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
