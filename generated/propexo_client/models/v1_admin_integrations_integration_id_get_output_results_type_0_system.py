from typing import Literal

V1AdminIntegrationsIntegrationIdGetOutputResultsType0System = Literal["PRODUCTION", "SANDBOX"] | str
"""One of PRODUCTION, SANDBOX; a value the spec does not list is kept as its string."""

V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_GET_OUTPUT_RESULTS_TYPE_0_SYSTEM_VALUES: set[str] = {
    "PRODUCTION",
    "SANDBOX",
}


def check_v1_admin_integrations_integration_id_get_output_results_type_0_system(
    value: str,
) -> V1AdminIntegrationsIntegrationIdGetOutputResultsType0System:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
