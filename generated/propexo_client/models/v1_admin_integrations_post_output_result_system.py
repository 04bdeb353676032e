from typing import Literal

V1AdminIntegrationsPostOutputResultSystem = Literal["PRODUCTION", "SANDBOX"] | str
"""One of PRODUCTION, SANDBOX; a value the spec does not list is kept as its string."""

V1_ADMIN_INTEGRATIONS_POST_OUTPUT_RESULT_SYSTEM_VALUES: set[str] = {
    "PRODUCTION",
    "SANDBOX",
}


def check_v1_admin_integrations_post_output_result_system(value: str) -> V1AdminIntegrationsPostOutputResultSystem:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
