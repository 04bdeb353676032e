from typing import Literal

PropertyManagerPhone1Type = Literal["FAX", "HOME", "MOBILE", "OTHER", "WORK"]

PROPERTY_MANAGER_PHONE_1_TYPE_VALUES: set[PropertyManagerPhone1Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "OTHER",
    "WORK",
}


def check_property_manager_phone_1_type(value: str) -> PropertyManagerPhone1Type:
    if value in PROPERTY_MANAGER_PHONE_1_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROPERTY_MANAGER_PHONE_1_TYPE_VALUES!r}")
