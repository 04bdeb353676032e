from typing import Literal

V1LeasesPostInputPhone1Type = Literal["FAX", "HOME", "MOBILE", "WORK"]
"""One of FAX, HOME, MOBILE, WORK."""

V1_LEASES_POST_INPUT_PHONE_1_TYPE_VALUES: set[V1LeasesPostInputPhone1Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "WORK",
}


def check_v1_leases_post_input_phone_1_type(value: str) -> V1LeasesPostInputPhone1Type:
    if value in V1_LEASES_POST_INPUT_PHONE_1_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_LEASES_POST_INPUT_PHONE_1_TYPE_VALUES!r}")
