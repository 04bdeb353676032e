from typing import Literal

V1WebhooksPostInputTriggersItem = Literal[
    "DATA_NEW", "DATA_UPDATE", "FIRST_SYNC_COMPLETE", "JOB_FAILURE", "SYNC_COMPLETE", "WRITE_OPERATION_FAILURE"
]
"""One of DATA_NEW, DATA_UPDATE, FIRST_SYNC_COMPLETE, JOB_FAILURE, SYNC_COMPLETE, WRITE_OPERATION_FAILURE."""

V1_WEBHOOKS_POST_INPUT_TRIGGERS_ITEM_VALUES: set[V1WebhooksPostInputTriggersItem] = {
    "DATA_NEW",
    "DATA_UPDATE",
    "FIRST_SYNC_COMPLETE",
    "JOB_FAILURE",
    "SYNC_COMPLETE",
    "WRITE_OPERATION_FAILURE",
}


def check_v1_webhooks_post_input_triggers_item(value: str) -> V1WebhooksPostInputTriggersItem:
    if value in V1_WEBHOOKS_POST_INPUT_TRIGGERS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_WEBHOOKS_POST_INPUT_TRIGGERS_ITEM_VALUES!r}")
