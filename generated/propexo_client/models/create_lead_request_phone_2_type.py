from typing import Literal

CreateLeadRequestPhone2Type = Literal["FAX", "HOME", "MOBILE", "WORK"]
"""One of FAX, HOME, MOBILE, WORK."""

CREATE_LEAD_REQUEST_PHONE_2_TYPE_VALUES: set[CreateLeadRequestPhone2Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "WORK",
}


def check_create_lead_request_phone_2_type(value: str) -> CreateLeadRequestPhone2Type:
    if value in CREATE_LEAD_REQUEST_PHONE_2_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_LEAD_REQUEST_PHONE_2_TYPE_VALUES!r}")
