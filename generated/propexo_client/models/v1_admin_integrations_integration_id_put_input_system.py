from typing import Literal

V1AdminIntegrationsIntegrationIdPutInputSystem = Literal["PRODUCTION", "SANDBOX"]
"""One of PRODUCTION, SANDBOX."""

V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_PUT_INPUT_SYSTEM_VALUES: set[V1AdminIntegrationsIntegrationIdPutInputSystem] = {
    "PRODUCTION",
    "SANDBOX",
}


def check_v1_admin_integrations_integration_id_put_input_system(
    value: str,
) -> V1AdminIntegrationsIntegrationIdPutInputSystem:
    if value in V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_PUT_INPUT_SYSTEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_PUT_INPUT_SYSTEM_VALUES!r}"
    )
