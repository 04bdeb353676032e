from typing import Literal

ApplicantPhone2Type = Literal["FAX", "HOME", "MOBILE", "OTHER", "WORK"]

APPLICANT_PHONE_2_TYPE_VALUES: set[ApplicantPhone2Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "OTHER",
    "WORK",
}


def check_applicant_phone_2_type(value: str) -> ApplicantPhone2Type:
    if value in APPLICANT_PHONE_2_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APPLICANT_PHONE_2_TYPE_VALUES!r}")
