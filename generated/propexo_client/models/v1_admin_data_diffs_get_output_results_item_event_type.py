from typing import Literal

V1AdminDataDiffsGetOutputResultsItemEventType = Literal["NEW", "UPDATE"] | str
"""One of NEW, UPDATE; a value the spec does not list is kept as its string."""

V1_ADMIN_DATA_DIFFS_GET_OUTPUT_RESULTS_ITEM_EVENT_TYPE_VALUES: set[str] = {
    "NEW",
    "UPDATE",
}


def check_v1_admin_data_diffs_get_output_results_item_event_type(
    value: str,
) -> V1AdminDataDiffsGetOutputResultsItemEventType:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
