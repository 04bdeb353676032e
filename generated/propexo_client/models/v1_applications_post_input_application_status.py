from typing import Literal

V1ApplicationsPostInputApplicationStatus = Literal["APPROVED", "COMPLETED"]
"""One of APPROVED, COMPLETED."""

V1_APPLICATIONS_POST_INPUT_APPLICATION_STATUS_VALUES: set[V1ApplicationsPostInputApplicationStatus] = {
    "APPROVED",
    "COMPLETED",
}


def check_v1_applications_post_input_application_status(value: str) -> V1ApplicationsPostInputApplicationStatus:
    if value in V1_APPLICATIONS_POST_INPUT_APPLICATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_APPLICATIONS_POST_INPUT_APPLICATION_STATUS_VALUES!r}"
    )
