from typing import Literal

V1AdminIntegrationsPostInputSystem = Literal["PRODUCTION", "SANDBOX"]
"""One of PRODUCTION, SANDBOX."""

V1_ADMIN_INTEGRATIONS_POST_INPUT_SYSTEM_VALUES: set[V1AdminIntegrationsPostInputSystem] = {
    "PRODUCTION",
    "SANDBOX",
}


def check_v1_admin_integrations_post_input_system(value: str) -> V1AdminIntegrationsPostInputSystem:
    if value in V1_ADMIN_INTEGRATIONS_POST_INPUT_SYSTEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_ADMIN_INTEGRATIONS_POST_INPUT_SYSTEM_VALUES!r}")
