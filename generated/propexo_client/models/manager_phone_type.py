from typing import Literal

ManagerPhoneType = Literal["FAX", "HOME", "MOBILE", "OTHER", "WORK"] | str
"""One of FAX, HOME, MOBILE, OTHER, WORK; a value the spec does not list is kept as its string."""

MANAGER_PHONE_TYPE_VALUES: set[str] = {
    "FAX",
    "HOME",
    "MOBILE",
    "OTHER",
    "WORK",
}


def check_manager_phone_type(value: str) -> ManagerPhoneType:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
