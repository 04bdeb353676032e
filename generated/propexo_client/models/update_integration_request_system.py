from typing import Literal

UpdateIntegrationRequestSystem = Literal["PRODUCTION", "SANDBOX"]
"""One of PRODUCTION, SANDBOX."""

UPDATE_INTEGRATION_REQUEST_SYSTEM_VALUES: set[UpdateIntegrationRequestSystem] = {
    "PRODUCTION",
    "SANDBOX",
}


def check_update_integration_request_system(value: str) -> UpdateIntegrationRequestSystem:
    if value in UPDATE_INTEGRATION_REQUEST_SYSTEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_INTEGRATION_REQUEST_SYSTEM_VALUES!r}")
