from typing import Literal

V1AdminIntegrationsGetOutputResultsItemSystem = Literal["PRODUCTION", "SANDBOX"]

V1_ADMIN_INTEGRATIONS_GET_OUTPUT_RESULTS_ITEM_SYSTEM_VALUES: set[V1AdminIntegrationsGetOutputResultsItemSystem] = {
    "PRODUCTION",
    "SANDBOX",
}


def check_v1_admin_integrations_get_output_results_item_system(
    value: str,
) -> V1AdminIntegrationsGetOutputResultsItemSystem:
    if value in V1_ADMIN_INTEGRATIONS_GET_OUTPUT_RESULTS_ITEM_SYSTEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_ADMIN_INTEGRATIONS_GET_OUTPUT_RESULTS_ITEM_SYSTEM_VALUES!r}"
    )
