from typing import Literal

CreateVendorRequestPhone2Type = Literal["FAX", "HOME", "MOBILE", "WORK"]
"""One of FAX, HOME, MOBILE, WORK."""

CREATE_VENDOR_REQUEST_PHONE_2_TYPE_VALUES: set[CreateVendorRequestPhone2Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "WORK",
}


def check_create_vendor_request_phone_2_type(value: str) -> CreateVendorRequestPhone2Type:
    if value in CREATE_VENDOR_REQUEST_PHONE_2_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_VENDOR_REQUEST_PHONE_2_TYPE_VALUES!r}")
