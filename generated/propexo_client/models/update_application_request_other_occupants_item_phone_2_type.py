from typing import Literal

UpdateApplicationRequestOtherOccupantsItemPhone2Type = Literal["FAX", "HOME", "MOBILE", "WORK"]
"""One of FAX, HOME, MOBILE, WORK."""

UPDATE_APPLICATION_REQUEST_OTHER_OCCUPANTS_ITEM_PHONE_2_TYPE_VALUES: set[
    UpdateApplicationRequestOtherOccupantsItemPhone2Type
] = {
    "FAX",
    "HOME",
    "MOBILE",
    "WORK",
}


def check_update_application_request_other_occupants_item_phone_2_type(
    value: str,
) -> UpdateApplicationRequestOtherOccupantsItemPhone2Type:
    if value in UPDATE_APPLICATION_REQUEST_OTHER_OCCUPANTS_ITEM_PHONE_2_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_APPLICATION_REQUEST_OTHER_OCCUPANTS_ITEM_PHONE_2_TYPE_VALUES!r}"
    )
