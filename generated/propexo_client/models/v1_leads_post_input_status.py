from typing import Literal

V1LeadsPostInputStatus = Literal["ACTIVE", "COLD", "INACTIVE", "WAITLISTED"]
"""One of ACTIVE, COLD, INACTIVE, WAITLISTED."""

V1_LEADS_POST_INPUT_STATUS_VALUES: set[V1LeadsPostInputStatus] = {
    "ACTIVE",
    "COLD",
    "INACTIVE",
    "WAITLISTED",
}


def check_v1_leads_post_input_status(value: str) -> V1LeadsPostInputStatus:
    if value in V1_LEADS_POST_INPUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_LEADS_POST_INPUT_STATUS_VALUES!r}")
