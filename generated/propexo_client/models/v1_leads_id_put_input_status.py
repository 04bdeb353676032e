from typing import Literal

V1LeadsIdPutInputStatus = Literal["ACTIVE", "COLD", "INACTIVE", "WAITLISTED"]
"""One of ACTIVE, COLD, INACTIVE, WAITLISTED."""

V1_LEADS_ID_PUT_INPUT_STATUS_VALUES: set[V1LeadsIdPutInputStatus] = {
    "ACTIVE",
    "COLD",
    "INACTIVE",
    "WAITLISTED",
}


def check_v1_leads_id_put_input_status(value: str) -> V1LeadsIdPutInputStatus:
    if value in V1_LEADS_ID_PUT_INPUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_LEADS_ID_PUT_INPUT_STATUS_VALUES!r}")
