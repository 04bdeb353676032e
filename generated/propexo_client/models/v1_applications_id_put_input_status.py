from typing import Literal

V1ApplicationsIdPutInputStatus = Literal["APPROVED", "CANCELED", "DENIED", "PENDING", "SIGNED"]
"""One of APPROVED, CANCELED, DENIED, PENDING, SIGNED."""

V1_APPLICATIONS_ID_PUT_INPUT_STATUS_VALUES: set[V1ApplicationsIdPutInputStatus] = {
    "APPROVED",
    "CANCELED",
    "DENIED",
    "PENDING",
    "SIGNED",
}


def check_v1_applications_id_put_input_status(value: str) -> V1ApplicationsIdPutInputStatus:
    if value in V1_APPLICATIONS_ID_PUT_INPUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_APPLICATIONS_ID_PUT_INPUT_STATUS_VALUES!r}")
