from typing import Literal

ResidentTypeNormalized = Literal["GUARANTOR", "OTHER", "PRIMARY", "SECONDARY"] | str
"""One of GUARANTOR, OTHER, PRIMARY, SECONDARY; a value the spec does not list is kept as its string."""

RESIDENT_TYPE_NORMALIZED_VALUES: set[str] = {
    "GUARANTOR",
    "OTHER",
    "PRIMARY",
    "SECONDARY",
}


def check_resident_type_normalized(value: str) -> ResidentTypeNormalized:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
