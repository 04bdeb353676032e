from typing import Literal

CreateLeadRequestPhone1Type = Literal["FAX", "HOME", "MOBILE", "WORK"]
"""One of FAX, HOME, MOBILE, WORK."""

CREATE_LEAD_REQUEST_PHONE_1_TYPE_VALUES: set[CreateLeadRequestPhone1Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "WORK",
}


def check_create_lead_request_phone_1_type(value: str) -> CreateLeadRequestPhone1Type:
    if value in CREATE_LEAD_REQUEST_PHONE_1_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_LEAD_REQUEST_PHONE_1_TYPE_VALUES!r}")
