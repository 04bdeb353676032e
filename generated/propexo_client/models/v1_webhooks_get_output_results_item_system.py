from typing import Literal

V1WebhooksGetOutputResultsItemSystem = Literal["PRODUCTION", "SANDBOX"]

V1_WEBHOOKS_GET_OUTPUT_RESULTS_ITEM_SYSTEM_VALUES: set[V1WebhooksGetOutputResultsItemSystem] = {
    "PRODUCTION",
    "SANDBOX",
}


def check_v1_webhooks_get_output_results_item_system(value: str) -> V1WebhooksGetOutputResultsItemSystem:
    if value in V1_WEBHOOKS_GET_OUTPUT_RESULTS_ITEM_SYSTEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_WEBHOOKS_GET_OUTPUT_RESULTS_ITEM_SYSTEM_VALUES!r}"
    )
