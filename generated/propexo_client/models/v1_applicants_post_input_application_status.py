from typing import Literal

V1ApplicantsPostInputApplicationStatus = Literal["APPROVED", "COMPLETED"]
"""One of APPROVED, COMPLETED."""

V1_APPLICANTS_POST_INPUT_APPLICATION_STATUS_VALUES: set[V1ApplicantsPostInputApplicationStatus] = {
    "APPROVED",
    "COMPLETED",
}


def check_v1_applicants_post_input_application_status(value: str) -> V1ApplicantsPostInputApplicationStatus:
    if value in V1_APPLICANTS_POST_INPUT_APPLICATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_APPLICANTS_POST_INPUT_APPLICATION_STATUS_VALUES!r}"
    )
