from typing import Literal

V1LeasesPostInputMaritalStatus = Literal["MARRIED", "SINGLE"]
"""One of MARRIED, SINGLE."""

V1_LEASES_POST_INPUT_MARITAL_STATUS_VALUES: set[V1LeasesPostInputMaritalStatus] = {
    "MARRIED",
    "SINGLE",
}


def check_v1_leases_post_input_marital_status(value: str) -> V1LeasesPostInputMaritalStatus:
    if value in V1_LEASES_POST_INPUT_MARITAL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_LEASES_POST_INPUT_MARITAL_STATUS_VALUES!r}")
