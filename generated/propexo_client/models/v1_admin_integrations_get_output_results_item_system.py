from typing import Literal

V1AdminIntegrationsGetOutputResultsItemSystem = Literal["PRODUCTION", "SANDBOX"] | str
"""One of PRODUCTION, SANDBOX; a value the spec does not list is kept as its string."""

V1_ADMIN_INTEGRATIONS_GET_OUTPUT_RESULTS_ITEM_SYSTEM_VALUES: set[str] = {
    "PRODUCTION",
    "SANDBOX",
}


def check_v1_admin_integrations_get_output_results_item_system(
    value: str,
) -> V1AdminIntegrationsGetOutputResultsItemSystem:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
