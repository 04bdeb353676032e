from typing import Literal

V1AdminIntegrationsIntegrationIdGetOutputResultsType0SyncCadence = Literal[
    "DAY", "HOUR", "MINUTE", "MONTH", "SECOND", "WEEK"
]

V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_GET_OUTPUT_RESULTS_TYPE_0_SYNC_CADENCE_VALUES: set[
    V1AdminIntegrationsIntegrationIdGetOutputResultsType0SyncCadence
] = {
    "DAY",
    "HOUR",
    "MINUTE",
    "MONTH",
    "SECOND",
    "WEEK",
}


def check_v1_admin_integrations_integration_id_get_output_results_type_0_sync_cadence(
    value: str,
) -> V1AdminIntegrationsIntegrationIdGetOutputResultsType0SyncCadence:
    if value in V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_GET_OUTPUT_RESULTS_TYPE_0_SYNC_CADENCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_GET_OUTPUT_RESULTS_TYPE_0_SYNC_CADENCE_VALUES!r}"
    )
