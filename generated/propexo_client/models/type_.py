from typing import Literal

Type = Literal["WEEK_BASED"] | str
"""One of WEEK_BASED; a value the spec does not list is kept as its string."""

TYPE_VALUES: set[str] = {
    "WEEK_BASED",
}


def check_type(value: str) -> Type:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
