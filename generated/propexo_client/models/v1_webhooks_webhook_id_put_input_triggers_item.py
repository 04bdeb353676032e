from typing import Literal

V1WebhooksWebhookIdPutInputTriggersItem = Literal[
    "DATA_NEW",
    "DATA_UPDATE",
    "FIRST_SYNC_COMPLETE",
    "JOB_FAILURE",
    "JOB_SUCCESS",
    "SYNC_COMPLETE",
    "WRITE_OPERATION_FAILURE",
]
"""One of DATA_NEW, DATA_UPDATE, FIRST_SYNC_COMPLETE, JOB_FAILURE, JOB_SUCCESS, SYNC_COMPLETE, WRITE_OPERATION_FAILURE."""

V1_WEBHOOKS_WEBHOOK_ID_PUT_INPUT_TRIGGERS_ITEM_VALUES: set[V1WebhooksWebhookIdPutInputTriggersItem] = {
    "DATA_NEW",
    "DATA_UPDATE",
    "FIRST_SYNC_COMPLETE",
    "JOB_FAILURE",
    "JOB_SUCCESS",
    "SYNC_COMPLETE",
    "WRITE_OPERATION_FAILURE",
}


def check_v1_webhooks_webhook_id_put_input_triggers_item(value: str) -> V1WebhooksWebhookIdPutInputTriggersItem:
    if value in V1_WEBHOOKS_WEBHOOK_ID_PUT_INPUT_TRIGGERS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_WEBHOOKS_WEBHOOK_ID_PUT_INPUT_TRIGGERS_ITEM_VALUES!r}"
    )
