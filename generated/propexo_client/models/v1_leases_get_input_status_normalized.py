from typing import Literal

V1LeasesGetInputStatusNormalized = Literal["ACTIVE", "EVICTED", "INACTIVE", "OTHER", "PENDING"]
"""One of ACTIVE, EVICTED, INACTIVE, OTHER, PENDING."""

V1_LEASES_GET_INPUT_STATUS_NORMALIZED_VALUES: set[V1LeasesGetInputStatusNormalized] = {
    "ACTIVE",
    "EVICTED",
    "INACTIVE",
    "OTHER",
    "PENDING",
}


def check_v1_leases_get_input_status_normalized(value: str) -> V1LeasesGetInputStatusNormalized:
    if value in V1_LEASES_GET_INPUT_STATUS_NORMALIZED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_LEASES_GET_INPUT_STATUS_NORMALIZED_VALUES!r}")
