from typing import Literal

CreateIntegrationRequestSystem = Literal["PRODUCTION", "SANDBOX"]
"""One of PRODUCTION, SANDBOX."""

CREATE_INTEGRATION_REQUEST_SYSTEM_VALUES: set[CreateIntegrationRequestSystem] = {
    "PRODUCTION",
    "SANDBOX",
}


def check_create_integration_request_system(value: str) -> CreateIntegrationRequestSystem:
    if value in CREATE_INTEGRATION_REQUEST_SYSTEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_INTEGRATION_REQUEST_SYSTEM_VALUES!r}")
