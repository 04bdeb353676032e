from typing import Literal

OwnerPhone2Type = Literal["FAX", "HOME", "MOBILE", "OTHER", "WORK"]

OWNER_PHONE_2_TYPE_VALUES: set[OwnerPhone2Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "OTHER",
    "WORK",
}


def check_owner_phone_2_type(value: str) -> OwnerPhone2Type:
    if value in OWNER_PHONE_2_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OWNER_PHONE_2_TYPE_VALUES!r}")
