from typing import Literal

V1WebhooksWebhookIdPutOutputResultSystem = Literal["PRODUCTION", "SANDBOX"] | str
"""One of PRODUCTION, SANDBOX; a value the spec does not list is kept as its string."""

V1_WEBHOOKS_WEBHOOK_ID_PUT_OUTPUT_RESULT_SYSTEM_VALUES: set[str] = {
    "PRODUCTION",
    "SANDBOX",
}


def check_v1_webhooks_webhook_id_put_output_result_system(value: str) -> V1WebhooksWebhookIdPutOutputResultSystem:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
