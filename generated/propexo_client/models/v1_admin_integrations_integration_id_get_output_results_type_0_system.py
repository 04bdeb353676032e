from typing import Literal

V1AdminIntegrationsIntegrationIdGetOutputResultsType0System = Literal["PRODUCTION", "SANDBOX"]

V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_GET_OUTPUT_RESULTS_TYPE_0_SYSTEM_VALUES: set[
    V1AdminIntegrationsIntegrationIdGetOutputResultsType0System
] = {
    "PRODUCTION",
    "SANDBOX",
}


def check_v1_admin_integrations_integration_id_get_output_results_type_0_system(
    value: str,
) -> V1AdminIntegrationsIntegrationIdGetOutputResultsType0System:
    if value in V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_GET_OUTPUT_RESULTS_TYPE_0_SYSTEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_GET_OUTPUT_RESULTS_TYPE_0_SYSTEM_VALUES!r}"
    )
