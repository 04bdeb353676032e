from typing import Literal

Roles = Literal["ADMIN", "DEVELOPER", "READ_ONLY", "SUPPORT"] | str
"""One of ADMIN, DEVELOPER, READ_ONLY, SUPPORT; a value the spec does not list is kept as its string."""

ROLES_VALUES: set[str] = {
    "ADMIN",
    "DEVELOPER",
    "READ_ONLY",
    "SUPPORT",
}


def check_roles(value: str) -> Roles:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
