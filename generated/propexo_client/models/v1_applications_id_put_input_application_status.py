from typing import Literal

V1ApplicationsIdPutInputApplicationStatus = Literal["APPROVED", "COMPLETED"]
"""One of APPROVED, COMPLETED."""

V1_APPLICATIONS_ID_PUT_INPUT_APPLICATION_STATUS_VALUES: set[V1ApplicationsIdPutInputApplicationStatus] = {
    "APPROVED",
    "COMPLETED",
}


def check_v1_applications_id_put_input_application_status(value: str) -> V1ApplicationsIdPutInputApplicationStatus:
    if value in V1_APPLICATIONS_ID_PUT_INPUT_APPLICATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_APPLICATIONS_ID_PUT_INPUT_APPLICATION_STATUS_VALUES!r}"
    )
