from typing import Literal

ListLeasesRequestStatusNormalized = Literal["ACTIVE", "EVICTED", "INACTIVE", "OTHER", "PENDING"]
"""One of ACTIVE, EVICTED, INACTIVE, OTHER, PENDING."""

LIST_LEASES_REQUEST_STATUS_NORMALIZED_VALUES: set[ListLeasesRequestStatusNormalized] = {
    "ACTIVE",
    "EVICTED",
    "INACTIVE",
    "OTHER",
    "PENDING",
}


def check_list_leases_request_status_normalized(value: str) -> ListLeasesRequestStatusNormalized:
    if value in LIST_LEASES_REQUEST_STATUS_NORMALIZED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_LEASES_REQUEST_STATUS_NORMALIZED_VALUES!r}")
