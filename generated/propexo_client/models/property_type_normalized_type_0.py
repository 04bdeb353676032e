from typing import Literal

PropertyTypeNormalizedType0 = Literal[
    "COMMERCIAL", "MULTI_FAMILY", "OTHER", "SINGLE_FAMILY", "STUDENT_HOUSING", "VACATION"
]

PROPERTY_TYPE_NORMALIZED_TYPE_0_VALUES: set[PropertyTypeNormalizedType0] = {
    "COMMERCIAL",
    "MULTI_FAMILY",
    "OTHER",
    "SINGLE_FAMILY",
    "STUDENT_HOUSING",
    "VACATION",
}


def check_property_type_normalized_type_0(value: str) -> PropertyTypeNormalizedType0:
    if value in PROPERTY_TYPE_NORMALIZED_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROPERTY_TYPE_NORMALIZED_TYPE_0_VALUES!r}")
