from typing import Literal

ApplicantPhone2Type = Literal["FAX", "HOME", "MOBILE", "OTHER", "WORK"] | str
"""One of FAX, HOME, MOBILE, OTHER, WORK; a value the spec does not list is kept as its string."""

APPLICANT_PHONE_2_TYPE_VALUES: set[str] = {
    "FAX",
    "HOME",
    "MOBILE",
    "OTHER",
    "WORK",
}


def check_applicant_phone_2_type(value: str) -> ApplicantPhone2Type:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
