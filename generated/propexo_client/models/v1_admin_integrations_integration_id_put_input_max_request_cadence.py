from typing import Literal

V1AdminIntegrationsIntegrationIdPutInputMaxRequestCadence = Literal["DAY", "HOUR", "MINUTE", "MONTH", "SECOND", "WEEK"]
"""One of DAY, HOUR, MINUTE, MONTH, SECOND, WEEK."""

V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_PUT_INPUT_MAX_REQUEST_CADENCE_VALUES: set[
    V1AdminIntegrationsIntegrationIdPutInputMaxRequestCadence
] = {
    "DAY",
    "HOUR",
    "MINUTE",
    "MONTH",
    "SECOND",
    "WEEK",
}


def check_v1_admin_integrations_integration_id_put_input_max_request_cadence(
    value: str,
) -> V1AdminIntegrationsIntegrationIdPutInputMaxRequestCadence:
    if value in V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_PUT_INPUT_MAX_REQUEST_CADENCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_PUT_INPUT_MAX_REQUEST_CADENCE_VALUES!r}"
    )
