from typing import Literal

UpdateLeadRequestPhone1Type = Literal["FAX", "HOME", "MOBILE", "WORK"]
"""One of FAX, HOME, MOBILE, WORK."""

UPDATE_LEAD_REQUEST_PHONE_1_TYPE_VALUES: set[UpdateLeadRequestPhone1Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "WORK",
}


def check_update_lead_request_phone_1_type(value: str) -> UpdateLeadRequestPhone1Type:
    if value in UPDATE_LEAD_REQUEST_PHONE_1_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_LEAD_REQUEST_PHONE_1_TYPE_VALUES!r}")
