from typing import Literal

V1ApplicantsIdPutInputStatus = Literal["APPROVED", "CANCELED", "DENIED", "PENDING", "SIGNED"]
"""One of APPROVED, CANCELED, DENIED, PENDING, SIGNED."""

V1_APPLICANTS_ID_PUT_INPUT_STATUS_VALUES: set[V1ApplicantsIdPutInputStatus] = {
    "APPROVED",
    "CANCELED",
    "DENIED",
    "PENDING",
    "SIGNED",
}


def check_v1_applicants_id_put_input_status(value: str) -> V1ApplicantsIdPutInputStatus:
    if value in V1_APPLICANTS_ID_PUT_INPUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_APPLICANTS_ID_PUT_INPUT_STATUS_VALUES!r}")
