from typing import Literal

CreateLeaseRequestOtherOccupantsItemPhone1Type = Literal["FAX", "HOME", "MOBILE", "WORK"]
"""One of FAX, HOME, MOBILE, WORK."""

CREATE_LEASE_REQUEST_OTHER_OCCUPANTS_ITEM_PHONE_1_TYPE_VALUES: set[CreateLeaseRequestOtherOccupantsItemPhone1Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "WORK",
}


def check_create_lease_request_other_occupants_item_phone_1_type(
    value: str,
) -> CreateLeaseRequestOtherOccupantsItemPhone1Type:
    if value in CREATE_LEASE_REQUEST_OTHER_OCCUPANTS_ITEM_PHONE_1_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_LEASE_REQUEST_OTHER_OCCUPANTS_ITEM_PHONE_1_TYPE_VALUES!r}"
    )
