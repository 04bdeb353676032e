from typing import Literal

OtherOccupantsItemPhone1Type = Literal["FAX", "HOME", "MOBILE", "WORK"]
"""One of FAX, HOME, MOBILE, WORK."""

OTHER_OCCUPANTS_ITEM_PHONE_1_TYPE_VALUES: set[OtherOccupantsItemPhone1Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "WORK",
}


def check_other_occupants_item_phone_1_type(value: str) -> OtherOccupantsItemPhone1Type:
    if value in OTHER_OCCUPANTS_ITEM_PHONE_1_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OTHER_OCCUPANTS_ITEM_PHONE_1_TYPE_VALUES!r}")
