from typing import Literal

LeaseStatusNormalized = Literal["ACTIVE", "EVICTED", "INACTIVE", "OTHER", "PENDING"] | str
"""One of ACTIVE, EVICTED, INACTIVE, OTHER, PENDING; a value the spec does not list is kept as its string."""

LEASE_STATUS_NORMALIZED_VALUES: set[str] = {
    "ACTIVE",
    "EVICTED",
    "INACTIVE",
    "OTHER",
    "PENDING",
}


def check_lease_status_normalized(value: str) -> LeaseStatusNormalized:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
