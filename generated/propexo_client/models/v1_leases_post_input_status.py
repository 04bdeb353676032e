from typing import Literal

V1LeasesPostInputStatus = Literal["ACTIVE", "PENDING"]
"""One of ACTIVE, PENDING."""

V1_LEASES_POST_INPUT_STATUS_VALUES: set[V1LeasesPostInputStatus] = {
    "ACTIVE",
    "PENDING",
}


def check_v1_leases_post_input_status(value: str) -> V1LeasesPostInputStatus:
    if value in V1_LEASES_POST_INPUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_LEASES_POST_INPUT_STATUS_VALUES!r}")
