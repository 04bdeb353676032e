from typing import Literal

TypeNormalized = Literal["COMMERCIAL", "MULTI_FAMILY", "OTHER", "SINGLE_FAMILY", "STUDENT_HOUSING", "VACATION"] | str
"""One of COMMERCIAL, MULTI_FAMILY, OTHER, SINGLE_FAMILY, STUDENT_HOUSING, VACATION; a value the spec does not list is kept as its string."""

TYPE_NORMALIZED_VALUES: set[str] = {
    "COMMERCIAL",
    "MULTI_FAMILY",
    "OTHER",
    "SINGLE_FAMILY",
    "STUDENT_HOUSING",
    "VACATION",
}


def check_type_normalized(value: str) -> TypeNormalized:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
