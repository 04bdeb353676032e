from typing import Literal

System = Literal["PRODUCTION", "SANDBOX"] | str
"""One of PRODUCTION, SANDBOX; a value the spec does not list is kept as its string."""

SYSTEM_VALUES: set[str] = {
    "PRODUCTION",
    "SANDBOX",
}


def check_system(value: str) -> System:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
