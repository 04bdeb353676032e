from typing import Literal

UpdateLeadRequestPhone2Type = Literal["FAX", "HOME", "MOBILE", "WORK"]
"""One of FAX, HOME, MOBILE, WORK."""

UPDATE_LEAD_REQUEST_PHONE_2_TYPE_VALUES: set[UpdateLeadRequestPhone2Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "WORK",
}


def check_update_lead_request_phone_2_type(value: str) -> UpdateLeadRequestPhone2Type:
    if value in UPDATE_LEAD_REQUEST_PHONE_2_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_LEAD_REQUEST_PHONE_2_TYPE_VALUES!r}")
