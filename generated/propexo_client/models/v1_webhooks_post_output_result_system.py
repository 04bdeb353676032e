from typing import Literal

V1WebhooksPostOutputResultSystem = Literal["PRODUCTION", "SANDBOX"]

V1_WEBHOOKS_POST_OUTPUT_RESULT_SYSTEM_VALUES: set[V1WebhooksPostOutputResultSystem] = {
    "PRODUCTION",
    "SANDBOX",
}


def check_v1_webhooks_post_output_result_system(value: str) -> V1WebhooksPostOutputResultSystem:
    if value in V1_WEBHOOKS_POST_OUTPUT_RESULT_SYSTEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_WEBHOOKS_POST_OUTPUT_RESULT_SYSTEM_VALUES!r}")
