from typing import Literal

V1ApplicantsPostInputStatus = Literal["APPROVED", "CANCELED", "DENIED", "PENDING", "SIGNED"]
"""One of APPROVED, CANCELED, DENIED, PENDING, SIGNED."""

V1_APPLICANTS_POST_INPUT_STATUS_VALUES: set[V1ApplicantsPostInputStatus] = {
    "APPROVED",
    "CANCELED",
    "DENIED",
    "PENDING",
    "SIGNED",
}


def check_v1_applicants_post_input_status(value: str) -> V1ApplicantsPostInputStatus:
    if value in V1_APPLICANTS_POST_INPUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_APPLICANTS_POST_INPUT_STATUS_VALUES!r}")
