from typing import Literal

V1ApplicantsPostInputPhone3Type = Literal["HOME", "MOBILE", "WORK"]
"""One of HOME, MOBILE, WORK."""

V1_APPLICANTS_POST_INPUT_PHONE_3_TYPE_VALUES: set[V1ApplicantsPostInputPhone3Type] = {
    "HOME",
    "MOBILE",
    "WORK",
}


def check_v1_applicants_post_input_phone_3_type(value: str) -> V1ApplicantsPostInputPhone3Type:
    if value in V1_APPLICANTS_POST_INPUT_PHONE_3_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_APPLICANTS_POST_INPUT_PHONE_3_TYPE_VALUES!r}")
