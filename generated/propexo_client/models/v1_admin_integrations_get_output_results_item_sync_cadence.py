from typing import Literal

V1AdminIntegrationsGetOutputResultsItemSyncCadence = Literal["DAY", "HOUR", "MINUTE", "MONTH", "SECOND", "WEEK"]

V1_ADMIN_INTEGRATIONS_GET_OUTPUT_RESULTS_ITEM_SYNC_CADENCE_VALUES: set[
    V1AdminIntegrationsGetOutputResultsItemSyncCadence
] = {
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
    if value in V1_ADMIN_INTEGRATIONS_GET_OUTPUT_RESULTS_ITEM_SYNC_CADENCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_ADMIN_INTEGRATIONS_GET_OUTPUT_RESULTS_ITEM_SYNC_CADENCE_VALUES!r}"
    )
