from typing import Literal

V1AdminIntegrationsIntegrationIdPutOutputResultMaxRequestCadence = Literal[
    "DAY", "HOUR", "MINUTE", "MONTH", "SECOND", "WEEK"
]

V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_PUT_OUTPUT_RESULT_MAX_REQUEST_CADENCE_VALUES: set[
    V1AdminIntegrationsIntegrationIdPutOutputResultMaxRequestCadence
] = {
    "DAY",
    "HOUR",
    "MINUTE",
    "MONTH",
    "SECOND",
    "WEEK",
}


def check_v1_admin_integrations_integration_id_put_output_result_max_request_cadence(
    value: str,
) -> V1AdminIntegrationsIntegrationIdPutOutputResultMaxRequestCadence:
    if value in V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_PUT_OUTPUT_RESULT_MAX_REQUEST_CADENCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_PUT_OUTPUT_RESULT_MAX_REQUEST_CADENCE_VALUES!r}"
    )
