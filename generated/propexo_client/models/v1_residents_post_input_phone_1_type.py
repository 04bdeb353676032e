from typing import Literal

V1ResidentsPostInputPhone1Type = Literal["FAX", "HOME", "MOBILE", "OTHER", "WORK"]
"""One of FAX, HOME, MOBILE, OTHER, WORK."""

V1_RESIDENTS_POST_INPUT_PHONE_1_TYPE_VALUES: set[V1ResidentsPostInputPhone1Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "OTHER",
    "WORK",
}


def check_v1_residents_post_input_phone_1_type(value: str) -> V1ResidentsPostInputPhone1Type:
    if value in V1_RESIDENTS_POST_INPUT_PHONE_1_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_RESIDENTS_POST_INPUT_PHONE_1_TYPE_VALUES!r}")
