from typing import Literal

V1LeasesLeaseIdPutInputType = Literal["AtWill", "Fixed", "FixedWithRollover"]
"""One of AtWill, Fixed, FixedWithRollover."""

V1_LEASES_LEASE_ID_PUT_INPUT_TYPE_VALUES: set[V1LeasesLeaseIdPutInputType] = {
    "AtWill",
    "Fixed",
    "FixedWithRollover",
}


def check_v1_leases_lease_id_put_input_type(value: str) -> V1LeasesLeaseIdPutInputType:
    if value in V1_LEASES_LEASE_ID_PUT_INPUT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_LEASES_LEASE_ID_PUT_INPUT_TYPE_VALUES!r}")
