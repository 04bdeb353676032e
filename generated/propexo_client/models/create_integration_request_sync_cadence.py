from typing import Literal

CreateIntegrationRequestSyncCadence = Literal["DAY", "HOUR", "MINUTE", "MONTH", "SECOND", "WEEK"]
"""One of DAY, HOUR, MINUTE, MONTH, SECOND, WEEK."""

CREATE_INTEGRATION_REQUEST_SYNC_CADENCE_VALUES: set[CreateIntegrationRequestSyncCadence] = {
    "DAY",
    "HOUR",
    "MINUTE",
    "MONTH",
    "SECOND",
    "WEEK",
}


def check_create_integration_request_sync_cadence(value: str) -> CreateIntegrationRequestSyncCadence:
    if value in CREATE_INTEGRATION_REQUEST_SYNC_CADENCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_INTEGRATION_REQUEST_SYNC_CADENCE_VALUES!r}")
