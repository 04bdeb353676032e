from typing import Literal

V1AdminIntegrationsPostOutputResultMaxRequestCadence = Literal["DAY", "HOUR", "MINUTE", "MONTH", "SECOND", "WEEK"]

V1_ADMIN_INTEGRATIONS_POST_OUTPUT_RESULT_MAX_REQUEST_CADENCE_VALUES: set[
    V1AdminIntegrationsPostOutputResultMaxRequestCadence
] = {
    "DAY",
    "HOUR",
    "MINUTE",
    "MONTH",
    "SECOND",
    "WEEK",
}


def check_v1_admin_integrations_post_output_result_max_request_cadence(
    value: str,
) -> V1AdminIntegrationsPostOutputResultMaxRequestCadence:
    if value in V1_ADMIN_INTEGRATIONS_POST_OUTPUT_RESULT_MAX_REQUEST_CADENCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_ADMIN_INTEGRATIONS_POST_OUTPUT_RESULT_MAX_REQUEST_CADENCE_VALUES!r}"
    )
