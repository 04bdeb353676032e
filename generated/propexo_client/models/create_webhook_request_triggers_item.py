from typing import Literal

CreateWebhookRequestTriggersItem = Literal[
    "DATA_NEW", "DATA_UPDATE", "FIRST_SYNC_COMPLETE", "JOB_FAILURE", "SYNC_COMPLETE", "WRITE_OPERATION_FAILURE"
]
"""One of DATA_NEW, DATA_UPDATE, FIRST_SYNC_COMPLETE, JOB_FAILURE, SYNC_COMPLETE, WRITE_OPERATION_FAILURE."""

CREATE_WEBHOOK_REQUEST_TRIGGERS_ITEM_VALUES: set[CreateWebhookRequestTriggersItem] = {
    "DATA_NEW",
    "DATA_UPDATE",
    "FIRST_SYNC_COMPLETE",
    "JOB_FAILURE",
    "SYNC_COMPLETE",
    "WRITE_OPERATION_FAILURE",
}


def check_create_webhook_request_triggers_item(value: str) -> CreateWebhookRequestTriggersItem:
    if value in CREATE_WEBHOOK_REQUEST_TRIGGERS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_WEBHOOK_REQUEST_TRIGGERS_ITEM_VALUES!r}")
