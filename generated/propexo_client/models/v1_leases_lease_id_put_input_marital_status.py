from typing import Literal

V1LeasesLeaseIdPutInputMaritalStatus = Literal["MARRIED", "SINGLE"]
"""One of MARRIED, SINGLE."""

V1_LEASES_LEASE_ID_PUT_INPUT_MARITAL_STATUS_VALUES: set[V1LeasesLeaseIdPutInputMaritalStatus] = {
    "MARRIED",
    "SINGLE",
}


def check_v1_leases_lease_id_put_input_marital_status(value: str) -> V1LeasesLeaseIdPutInputMaritalStatus:
    if value in V1_LEASES_LEASE_ID_PUT_INPUT_MARITAL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_LEASES_LEASE_ID_PUT_INPUT_MARITAL_STATUS_VALUES!r}"
    )
