from typing import Literal

OwnerPhone1Type = Literal["FAX", "HOME", "MOBILE", "OTHER", "WORK"] | str
"""One of FAX, HOME, MOBILE, OTHER, WORK; a value the spec does not list is kept as its string."""

OWNER_PHONE_1_TYPE_VALUES: set[str] = {
    "FAX",
    "HOME",
    "MOBILE",
    "OTHER",
    "WORK",
}


def check_owner_phone_1_type(value: str) -> OwnerPhone1Type:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
