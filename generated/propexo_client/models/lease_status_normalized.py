from typing import Literal

LeaseStatusNormalized = Literal["ACTIVE", "EVICTED", "INACTIVE", "OTHER", "PENDING"]

LEASE_STATUS_NORMALIZED_VALUES: set[LeaseStatusNormalized] = {
    "ACTIVE",
    "EVICTED",
    "INACTIVE",
    "OTHER",
    "PENDING",
}


def check_lease_status_normalized(value: str) -> LeaseStatusNormalized:
    if value in LEASE_STATUS_NORMALIZED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LEASE_STATUS_NORMALIZED_VALUES!r}")
