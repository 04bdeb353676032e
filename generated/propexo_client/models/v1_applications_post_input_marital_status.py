from typing import Literal

V1ApplicationsPostInputMaritalStatus = Literal["MARRIED", "SINGLE"]
"""One of MARRIED, SINGLE."""

V1_APPLICATIONS_POST_INPUT_MARITAL_STATUS_VALUES: set[V1ApplicationsPostInputMaritalStatus] = {
    "MARRIED",
    "SINGLE",
}


def check_v1_applications_post_input_marital_status(value: str) -> V1ApplicationsPostInputMaritalStatus:
    if value in V1_APPLICATIONS_POST_INPUT_MARITAL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_APPLICATIONS_POST_INPUT_MARITAL_STATUS_VALUES!r}")
