from typing import Literal

UpdateIntegrationRequestSyncCadence = Literal["DAY", "HOUR", "MINUTE", "MONTH", "SECOND", "WEEK"]
"""One of DAY, HOUR, MINUTE, MONTH, SECOND, WEEK."""

UPDATE_INTEGRATION_REQUEST_SYNC_CADENCE_VALUES: set[UpdateIntegrationRequestSyncCadence] = {
    "DAY",
    "HOUR",
    "MINUTE",
    "MONTH",
    "SECOND",
    "WEEK",
}


def check_update_integration_request_sync_cadence(value: str) -> UpdateIntegrationRequestSyncCadence:
    if value in UPDATE_INTEGRATION_REQUEST_SYNC_CADENCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_INTEGRATION_REQUEST_SYNC_CADENCE_VALUES!r}")
