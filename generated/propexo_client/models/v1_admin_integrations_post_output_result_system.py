from typing import Literal

V1AdminIntegrationsPostOutputResultSystem = Literal["PRODUCTION", "SANDBOX"]

V1_ADMIN_INTEGRATIONS_POST_OUTPUT_RESULT_SYSTEM_VALUES: set[V1AdminIntegrationsPostOutputResultSystem] = {
    "PRODUCTION",
    "SANDBOX",
}


def check_v1_admin_integrations_post_output_result_system(value: str) -> V1AdminIntegrationsPostOutputResultSystem:
    if value in V1_ADMIN_INTEGRATIONS_POST_OUTPUT_RESULT_SYSTEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_ADMIN_INTEGRATIONS_POST_OUTPUT_RESULT_SYSTEM_VALUES!r}"
    )
