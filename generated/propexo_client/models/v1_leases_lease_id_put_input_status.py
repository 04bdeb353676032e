from typing import Literal

V1LeasesLeaseIdPutInputStatus = Literal["APPROVED", "CANCELED", "DENIED", "PENDING", "SIGNED"]
"""One of APPROVED, CANCELED, DENIED, PENDING, SIGNED."""

V1_LEASES_LEASE_ID_PUT_INPUT_STATUS_VALUES: set[V1LeasesLeaseIdPutInputStatus] = {
    "APPROVED",
    "CANCELED",
    "DENIED",
    "PENDING",
    "SIGNED",
}


def check_v1_leases_lease_id_put_input_status(value: str) -> V1LeasesLeaseIdPutInputStatus:
    if value in V1_LEASES_LEASE_ID_PUT_INPUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_LEASES_LEASE_ID_PUT_INPUT_STATUS_VALUES!r}")
