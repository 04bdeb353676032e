from typing import Literal

V1AdminIntegrationsGetOutputResultsItemSyncCadence = Literal["DAY", "HOUR", "MINUTE", "MONTH", "SECOND", "WEEK"] | str
"""One of DAY, HOUR, MINUTE, MONTH, SECOND, WEEK; a value the spec does not list is kept as its string."""

V1_ADMIN_INTEGRATIONS_GET_OUTPUT_RESULTS_ITEM_SYNC_CADENCE_VALUES: set[str] = {
    "DAY",
    "HOUR",
    "MINUTE",
    "MONTH",
    "SECOND",
    "WEEK",
}


def check_v1_admin_integrations_get_output_results_item_sync_cadence(
    value: str,
) -> V1AdminIntegrationsGetOutputResultsItemSyncCadence:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
