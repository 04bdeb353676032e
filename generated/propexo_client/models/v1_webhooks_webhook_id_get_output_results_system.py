from typing import Literal

V1WebhooksWebhookIdGetOutputResultsSystem = Literal["PRODUCTION", "SANDBOX"]

V1_WEBHOOKS_WEBHOOK_ID_GET_OUTPUT_RESULTS_SYSTEM_VALUES: set[V1WebhooksWebhookIdGetOutputResultsSystem] = {
    "PRODUCTION",
    "SANDBOX",
}


def check_v1_webhooks_webhook_id_get_output_results_system(value: str) -> V1WebhooksWebhookIdGetOutputResultsSystem:
    if value in V1_WEBHOOKS_WEBHOOK_ID_GET_OUTPUT_RESULTS_SYSTEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_WEBHOOKS_WEBHOOK_ID_GET_OUTPUT_RESULTS_SYSTEM_VALUES!r}"
    )
