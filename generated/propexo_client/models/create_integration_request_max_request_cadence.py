from typing import Literal

CreateIntegrationRequestMaxRequestCadence = Literal["DAY", "HOUR", "MINUTE", "MONTH", "SECOND", "WEEK"]
"""One of DAY, HOUR, MINUTE, MONTH, SECOND, WEEK."""

CREATE_INTEGRATION_REQUEST_MAX_REQUEST_CADENCE_VALUES: set[CreateIntegrationRequestMaxRequestCadence] = {
    "DAY",
    "HOUR",
    "MINUTE",
    "MONTH",
    "SECOND",
    "WEEK",
}


def check_create_integration_request_max_request_cadence(value: str) -> CreateIntegrationRequestMaxRequestCadence:
    if value in CREATE_INTEGRATION_REQUEST_MAX_REQUEST_CADENCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_INTEGRATION_REQUEST_MAX_REQUEST_CADENCE_VALUES!r}"
    )
