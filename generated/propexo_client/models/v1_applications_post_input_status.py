from typing import Literal

V1ApplicationsPostInputStatus = Literal["APPROVED", "CANCELED", "DENIED", "PENDING", "SIGNED"]
"""One of APPROVED, CANCELED, DENIED, PENDING, SIGNED."""

V1_APPLICATIONS_POST_INPUT_STATUS_VALUES: set[V1ApplicationsPostInputStatus] = {
    "APPROVED",
    "CANCELED",
    "DENIED",
    "PENDING",
    "SIGNED",
}


def check_v1_applications_post_input_status(value: str) -> V1ApplicationsPostInputStatus:
    if value in V1_APPLICATIONS_POST_INPUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_APPLICATIONS_POST_INPUT_STATUS_VALUES!r}")
