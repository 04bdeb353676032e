from typing import Literal

V1WebhooksWebhookIdPutOutputResultSystem = Literal["PRODUCTION", "SANDBOX"]

V1_WEBHOOKS_WEBHOOK_ID_PUT_OUTPUT_RESULT_SYSTEM_VALUES: set[V1WebhooksWebhookIdPutOutputResultSystem] = {
    "PRODUCTION",
    "SANDBOX",
}


def check_v1_webhooks_webhook_id_put_output_result_system(value: str) -> V1WebhooksWebhookIdPutOutputResultSystem:
    if value in V1_WEBHOOKS_WEBHOOK_ID_PUT_OUTPUT_RESULT_SYSTEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_WEBHOOKS_WEBHOOK_ID_PUT_OUTPUT_RESULT_SYSTEM_VALUES!r}"
    )
