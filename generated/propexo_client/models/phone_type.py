from typing import Literal

PhoneType = Literal["FAX", "HOME", "MOBILE", "OTHER", "WORK"] | str
"""One of FAX, HOME, MOBILE, OTHER, WORK; a value the spec does not list is kept as its string."""

PHONE_TYPE_VALUES: set[str] = {
    "FAX",
    "HOME",
    "MOBILE",
    "OTHER",
    "WORK",
}


def check_phone_type(value: str) -> PhoneType:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
