from typing import Literal

PropertyManagerPhone2Type = Literal["FAX", "HOME", "MOBILE", "OTHER", "WORK"]

PROPERTY_MANAGER_PHONE_2_TYPE_VALUES: set[PropertyManagerPhone2Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "OTHER",
    "WORK",
}


def check_property_manager_phone_2_type(value: str) -> PropertyManagerPhone2Type:
    if value in PROPERTY_MANAGER_PHONE_2_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROPERTY_MANAGER_PHONE_2_TYPE_VALUES!r}")
