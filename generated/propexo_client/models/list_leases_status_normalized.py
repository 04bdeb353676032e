from typing import Literal

ListLeasesStatusNormalized = Literal["ACTIVE", "EVICTED", "INACTIVE", "OTHER", "PENDING"]
"""One of ACTIVE, EVICTED, INACTIVE, OTHER, PENDING."""

LIST_LEASES_STATUS_NORMALIZED_VALUES: set[ListLeasesStatusNormalized] = {
    "ACTIVE",
    "EVICTED",
    "INACTIVE",
    "OTHER",
    "PENDING",
}


def check_list_leases_status_normalized(value: str) -> ListLeasesStatusNormalized:
    if value in LIST_LEASES_STATUS_NORMALIZED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_LEASES_STATUS_NORMALIZED_VALUES!r}")
