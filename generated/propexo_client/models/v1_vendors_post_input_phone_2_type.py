from typing import Literal

V1VendorsPostInputPhone2Type = Literal["FAX", "HOME", "MOBILE", "WORK"]
"""One of FAX, HOME, MOBILE, WORK."""

V1_VENDORS_POST_INPUT_PHONE_2_TYPE_VALUES: set[V1VendorsPostInputPhone2Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "WORK",
}


def check_v1_vendors_post_input_phone_2_type(value: str) -> V1VendorsPostInputPhone2Type:
    if value in V1_VENDORS_POST_INPUT_PHONE_2_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_VENDORS_POST_INPUT_PHONE_2_TYPE_VALUES!r}")
