from typing import Literal

V1LeasesPostInputType = Literal["AtWill", "Fixed", "FixedWithRollover"]
"""One of AtWill, Fixed, FixedWithRollover."""

V1_LEASES_POST_INPUT_TYPE_VALUES: set[V1LeasesPostInputType] = {
    "AtWill",
    "Fixed",
    "FixedWithRollover",
}


def check_v1_leases_post_input_type(value: str) -> V1LeasesPostInputType:
    if value in V1_LEASES_POST_INPUT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_LEASES_POST_INPUT_TYPE_VALUES!r}")
