from typing import Literal

OwnerPhone1Type = Literal["FAX", "HOME", "MOBILE", "OTHER", "WORK"]

OWNER_PHONE_1_TYPE_VALUES: set[OwnerPhone1Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "OTHER",
    "WORK",
}


def check_owner_phone_1_type(value: str) -> OwnerPhone1Type:
    if value in OWNER_PHONE_1_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OWNER_PHONE_1_TYPE_VALUES!r}")
