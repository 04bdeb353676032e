from typing import Literal

OtherOccupantsItemPhone2Type = Literal["FAX", "HOME", "MOBILE", "WORK"]
"""One of FAX, HOME, MOBILE, WORK."""

OTHER_OCCUPANTS_ITEM_PHONE_2_TYPE_VALUES: set[OtherOccupantsItemPhone2Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "WORK",
}


def check_other_occupants_item_phone_2_type(value: str) -> OtherOccupantsItemPhone2Type:
    if value in OTHER_OCCUPANTS_ITEM_PHONE_2_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OTHER_OCCUPANTS_ITEM_PHONE_2_TYPE_VALUES!r}")
