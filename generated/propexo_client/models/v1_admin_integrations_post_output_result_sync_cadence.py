from typing import Literal

V1AdminIntegrationsPostOutputResultSyncCadence = Literal["DAY", "HOUR", "MINUTE", "MONTH", "SECOND", "WEEK"]

V1_ADMIN_INTEGRATIONS_POST_OUTPUT_RESULT_SYNC_CADENCE_VALUES: set[V1AdminIntegrationsPostOutputResultSyncCadence] = {
    "DAY",
    "HOUR",
    "MINUTE",
    "MONTH",
    "SECOND",
    "WEEK",
}


def check_v1_admin_integrations_post_output_result_sync_cadence(
    value: str,
) -> V1AdminIntegrationsPostOutputResultSyncCadence:
    if value in V1_ADMIN_INTEGRATIONS_POST_OUTPUT_RESULT_SYNC_CADENCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_ADMIN_INTEGRATIONS_POST_OUTPUT_RESULT_SYNC_CADENCE_VALUES!r}"
    )
