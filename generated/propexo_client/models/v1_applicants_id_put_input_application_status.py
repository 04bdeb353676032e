from typing import Literal

V1ApplicantsIdPutInputApplicationStatus = Literal["APPROVED", "COMPLETED"]
"""One of APPROVED, COMPLETED."""

V1_APPLICANTS_ID_PUT_INPUT_APPLICATION_STATUS_VALUES: set[V1ApplicantsIdPutInputApplicationStatus] = {
    "APPROVED",
    "COMPLETED",
}


def check_v1_applicants_id_put_input_application_status(value: str) -> V1ApplicantsIdPutInputApplicationStatus:
    if value in V1_APPLICANTS_ID_PUT_INPUT_APPLICATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_APPLICANTS_ID_PUT_INPUT_APPLICATION_STATUS_VALUES!r}"
    )
