from typing import Literal

V1ApplicantsIdPutInputPhone3Type = Literal["HOME", "MOBILE", "WORK"]
"""One of HOME, MOBILE, WORK."""

V1_APPLICANTS_ID_PUT_INPUT_PHONE_3_TYPE_VALUES: set[V1ApplicantsIdPutInputPhone3Type] = {
    "HOME",
    "MOBILE",
    "WORK",
}


def check_v1_applicants_id_put_input_phone_3_type(value: str) -> V1ApplicantsIdPutInputPhone3Type:
    if value in V1_APPLICANTS_ID_PUT_INPUT_PHONE_3_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_APPLICANTS_ID_PUT_INPUT_PHONE_3_TYPE_VALUES!r}")
