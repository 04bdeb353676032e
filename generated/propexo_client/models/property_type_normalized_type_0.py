from typing import Literal

PropertyTypeNormalizedType0 = (
    Literal["COMMERCIAL", "MULTI_FAMILY", "OTHER", "SINGLE_FAMILY", "STUDENT_HOUSING", "VACATION"] | str
)
"""One of COMMERCIAL, MULTI_FAMILY, OTHER, SINGLE_FAMILY, STUDENT_HOUSING, VACATION; a value the spec does not list is kept as its string."""

PROPERTY_TYPE_NORMALIZED_TYPE_0_VALUES: set[str] = {
    "COMMERCIAL",
    "MULTI_FAMILY",
    "OTHER",
    "SINGLE_FAMILY",
    "STUDENT_HOUSING",
    "VACATION",
}


def check_property_type_normalized_type_0(value: str) -> PropertyTypeNormalizedType0:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
