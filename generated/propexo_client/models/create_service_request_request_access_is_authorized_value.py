from typing import Literal

CreateServiceRequestRequestAccessIsAuthorizedValue = Literal[
    "BY_PERMISSION_ONLY", "CALL_FOR_ENTRY", "ENTER_AT_ANY_TIME"
]
"""One of BY_PERMISSION_ONLY, CALL_FOR_ENTRY, ENTER_AT_ANY_TIME."""

CREATE_SERVICE_REQUEST_REQUEST_ACCESS_IS_AUTHORIZED_VALUE_VALUES: set[
    CreateServiceRequestRequestAccessIsAuthorizedValue
] = {
    "BY_PERMISSION_ONLY",
    "CALL_FOR_ENTRY",
    "ENTER_AT_ANY_TIME",
}


def check_create_service_request_request_access_is_authorized_value(
    value: str,
) -> CreateServiceRequestRequestAccessIsAuthorizedValue:
    if value in CREATE_SERVICE_REQUEST_REQUEST_ACCESS_IS_AUTHORIZED_VALUE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_SERVICE_REQUEST_REQUEST_ACCESS_IS_AUTHORIZED_VALUE_VALUES!r}"
    )
