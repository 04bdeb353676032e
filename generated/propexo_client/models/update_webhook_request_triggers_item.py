from typing import Literal

UpdateWebhookRequestTriggersItem = Literal[
    "DATA_NEW",
    "DATA_UPDATE",
    "FIRST_SYNC_COMPLETE",
    "JOB_FAILURE",
    "JOB_SUCCESS",
    "SYNC_COMPLETE",
    "WRITE_OPERATION_FAILURE",
]
"""One of DATA_NEW, DATA_UPDATE, FIRST_SYNC_COMPLETE, JOB_FAILURE, JOB_SUCCESS, SYNC_COMPLETE, WRITE_OPERATION_FAILURE."""

UPDATE_WEBHOOK_REQUEST_TRIGGERS_ITEM_VALUES: set[UpdateWebhookRequestTriggersItem] = {
    "DATA_NEW",
    "DATA_UPDATE",
    "FIRST_SYNC_COMPLETE",
    "JOB_FAILURE",
    "JOB_SUCCESS",
    "SYNC_COMPLETE",
    "WRITE_OPERATION_FAILURE",
}


def check_update_webhook_request_triggers_item(value: str) -> UpdateWebhookRequestTriggersItem:
    if value in UPDATE_WEBHOOK_REQUEST_TRIGGERS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_WEBHOOK_REQUEST_TRIGGERS_ITEM_VALUES!r}")
