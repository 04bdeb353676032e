from typing import Literal

V1AdminDataDiffsGetOutputResultsItemEventType = Literal["NEW", "UPDATE"]

V1_ADMIN_DATA_DIFFS_GET_OUTPUT_RESULTS_ITEM_EVENT_TYPE_VALUES: set[V1AdminDataDiffsGetOutputResultsItemEventType] = {
    "NEW",
    "UPDATE",
}


def check_v1_admin_data_diffs_get_output_results_item_event_type(
    value: str,
) -> V1AdminDataDiffsGetOutputResultsItemEventType:
    if value in V1_ADMIN_DATA_DIFFS_GET_OUTPUT_RESULTS_ITEM_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_ADMIN_DATA_DIFFS_GET_OUTPUT_RESULTS_ITEM_EVENT_TYPE_VALUES!r}"
    )
