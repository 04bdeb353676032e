from typing import Literal

V1ApplicantsIdPutInputPhone1Type = Literal["FAX", "HOME", "MOBILE", "WORK"]
"""One of FAX, HOME, MOBILE, WORK."""

V1_APPLICANTS_ID_PUT_INPUT_PHONE_1_TYPE_VALUES: set[V1ApplicantsIdPutInputPhone1Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "WORK",
}


def check_v1_applicants_id_put_input_phone_1_type(value: str) -> V1ApplicantsIdPutInputPhone1Type:
    if value in V1_APPLICANTS_ID_PUT_INPUT_PHONE_1_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_APPLICANTS_ID_PUT_INPUT_PHONE_1_TYPE_VALUES!r}")
