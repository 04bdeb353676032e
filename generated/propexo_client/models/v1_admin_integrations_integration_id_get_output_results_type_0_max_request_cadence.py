from typing import Literal

V1AdminIntegrationsIntegrationIdGetOutputResultsType0MaxRequestCadence = (
    Literal["DAY", "HOUR", "MINUTE", "MONTH", "SECOND", "WEEK"] | str
)
"""One of DAY, HOUR, MINUTE, MONTH, SECOND, WEEK; a value the spec does not list is kept as its string."""

V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_GET_OUTPUT_RESULTS_TYPE_0_MAX_REQUEST_CADENCE_VALUES: set[str] = {
    "DAY",
    "HOUR",
    "MINUTE",
    "MONTH",
    "SECOND",
    "WEEK",
}


def check_v1_admin_integrations_integration_id_get_output_results_type_0_max_request_cadence(
    value: str,
) -> V1AdminIntegrationsIntegrationIdGetOutputResultsType0MaxRequestCadence:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
