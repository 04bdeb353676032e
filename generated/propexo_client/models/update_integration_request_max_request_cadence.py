from typing import Literal

UpdateIntegrationRequestMaxRequestCadence = Literal["DAY", "HOUR", "MINUTE", "MONTH", "SECOND", "WEEK"]
"""One of DAY, HOUR, MINUTE, MONTH, SECOND, WEEK."""

UPDATE_INTEGRATION_REQUEST_MAX_REQUEST_CADENCE_VALUES: set[UpdateIntegrationRequestMaxRequestCadence] = {
    "DAY",
    "HOUR",
    "MINUTE",
    "MONTH",
    "SECOND",
    "WEEK",
}


def check_update_integration_request_max_request_cadence(value: str) -> UpdateIntegrationRequestMaxRequestCadence:
    if value in UPDATE_INTEGRATION_REQUEST_MAX_REQUEST_CADENCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_INTEGRATION_REQUEST_MAX_REQUEST_CADENCE_VALUES!r}"
    )
