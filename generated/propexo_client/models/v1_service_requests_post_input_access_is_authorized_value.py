from typing import Literal

V1ServiceRequestsPostInputAccessIsAuthorizedValue = Literal["BY_PERMISSION_ONLY", "CALL_FOR_ENTRY", "ENTER_AT_ANY_TIME"]
"""One of BY_PERMISSION_ONLY, CALL_FOR_ENTRY, ENTER_AT_ANY_TIME."""

V1_SERVICE_REQUESTS_POST_INPUT_ACCESS_IS_AUTHORIZED_VALUE_VALUES: set[
    V1ServiceRequestsPostInputAccessIsAuthorizedValue
] = {
    "BY_PERMISSION_ONLY",
    "CALL_FOR_ENTRY",
    "ENTER_AT_ANY_TIME",
}


def check_v1_service_requests_post_input_access_is_authorized_value(
    value: str,
) -> V1ServiceRequestsPostInputAccessIsAuthorizedValue:
    if value in V1_SERVICE_REQUESTS_POST_INPUT_ACCESS_IS_AUTHORIZED_VALUE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_SERVICE_REQUESTS_POST_INPUT_ACCESS_IS_AUTHORIZED_VALUE_VALUES!r}"
    )
