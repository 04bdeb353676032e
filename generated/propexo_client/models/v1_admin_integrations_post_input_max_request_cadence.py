from typing import Literal

V1AdminIntegrationsPostInputMaxRequestCadence = Literal["DAY", "HOUR", "MINUTE", "MONTH", "SECOND", "WEEK"]
"""One of DAY, HOUR, MINUTE, MONTH, SECOND, WEEK."""

V1_ADMIN_INTEGRATIONS_POST_INPUT_MAX_REQUEST_CADENCE_VALUES: set[V1AdminIntegrationsPostInputMaxRequestCadence] = {
    "DAY",
    "HOUR",
    "MINUTE",
    "MONTH",
    "SECOND",
    "WEEK",
}


def check_v1_admin_integrations_post_input_max_request_cadence(
    value: str,
) -> V1AdminIntegrationsPostInputMaxRequestCadence:
    if value in V1_ADMIN_INTEGRATIONS_POST_INPUT_MAX_REQUEST_CADENCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_ADMIN_INTEGRATIONS_POST_INPUT_MAX_REQUEST_CADENCE_VALUES!r}"
    )
