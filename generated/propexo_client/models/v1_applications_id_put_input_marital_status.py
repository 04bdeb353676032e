from typing import Literal

V1ApplicationsIdPutInputMaritalStatus = Literal["MARRIED", "SINGLE"]
"""One of MARRIED, SINGLE."""

V1_APPLICATIONS_ID_PUT_INPUT_MARITAL_STATUS_VALUES: set[V1ApplicationsIdPutInputMaritalStatus] = {
    "MARRIED",
    "SINGLE",
}


def check_v1_applications_id_put_input_marital_status(value: str) -> V1ApplicationsIdPutInputMaritalStatus:
    if value in V1_APPLICATIONS_ID_PUT_INPUT_MARITAL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_APPLICATIONS_ID_PUT_INPUT_MARITAL_STATUS_VALUES!r}"
    )
