from typing import Literal

ApplicantPhone1Type = Literal["FAX", "HOME", "MOBILE", "OTHER", "WORK"]

APPLICANT_PHONE_1_TYPE_VALUES: set[ApplicantPhone1Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "OTHER",
    "WORK",
}


def check_applicant_phone_1_type(value: str) -> ApplicantPhone1Type:
    if value in APPLICANT_PHONE_1_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APPLICANT_PHONE_1_TYPE_VALUES!r}")
