from typing import Literal

UpdateLeaseRequestOtherOccupantsItemPhone1Type = Literal["FAX", "HOME", "MOBILE", "WORK"]
"""One of FAX, HOME, MOBILE, WORK."""

UPDATE_LEASE_REQUEST_OTHER_OCCUPANTS_ITEM_PHONE_1_TYPE_VALUES: set[UpdateLeaseRequestOtherOccupantsItemPhone1Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "WORK",
}


def check_update_lease_request_other_occupants_item_phone_1_type(
    value: str,
) -> UpdateLeaseRequestOtherOccupantsItemPhone1Type:
    if value in UPDATE_LEASE_REQUEST_OTHER_OCCUPANTS_ITEM_PHONE_1_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_LEASE_REQUEST_OTHER_OCCUPANTS_ITEM_PHONE_1_TYPE_VALUES!r}"
    )
