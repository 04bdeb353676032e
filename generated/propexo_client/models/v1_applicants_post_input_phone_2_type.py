from typing import Literal

V1ApplicantsPostInputPhone2Type = Literal["FAX", "HOME", "MOBILE", "OTHER", "WORK"]
"""One of FAX, HOME, MOBILE, OTHER, WORK."""

V1_APPLICANTS_POST_INPUT_PHONE_2_TYPE_VALUES: set[V1ApplicantsPostInputPhone2Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "OTHER",
    "WORK",
}


def check_v1_applicants_post_input_phone_2_type(value: str) -> V1ApplicantsPostInputPhone2Type:
    if value in V1_APPLICANTS_POST_INPUT_PHONE_2_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_APPLICANTS_POST_INPUT_PHONE_2_TYPE_VALUES!r}")
