from typing import Literal

V1WebhooksGetOutputResultsItemSystem = Literal["PRODUCTION", "SANDBOX"] | str
"""One of PRODUCTION, SANDBOX; a value the spec does not list is kept as its string."""

V1_WEBHOOKS_GET_OUTPUT_RESULTS_ITEM_SYSTEM_VALUES: set[str] = {
    "PRODUCTION",
    "SANDBOX",
}


def check_v1_webhooks_get_output_results_item_system(value: str) -> V1WebhooksGetOutputResultsItemSystem:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
