from typing import Literal

V1AdminIntegrationsIntegrationIdPutOutputResultSystem = Literal["PRODUCTION", "SANDBOX"]

V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_PUT_OUTPUT_RESULT_SYSTEM_VALUES: set[
    V1AdminIntegrationsIntegrationIdPutOutputResultSystem
] = {
    "PRODUCTION",
    "SANDBOX",
}


def check_v1_admin_integrations_integration_id_put_output_result_system(
    value: str,
) -> V1AdminIntegrationsIntegrationIdPutOutputResultSystem:
    if value in V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_PUT_OUTPUT_RESULT_SYSTEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_PUT_OUTPUT_RESULT_SYSTEM_VALUES!r}"
    )
