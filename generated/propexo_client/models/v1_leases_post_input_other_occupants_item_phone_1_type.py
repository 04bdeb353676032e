from typing import Literal

V1LeasesPostInputOtherOccupantsItemPhone1Type = Literal["FAX", "HOME", "MOBILE", "WORK"]
"""One of FAX, HOME, MOBILE, WORK."""

V1_LEASES_POST_INPUT_OTHER_OCCUPANTS_ITEM_PHONE_1_TYPE_VALUES: set[V1LeasesPostInputOtherOccupantsItemPhone1Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "WORK",
}


def check_v1_leases_post_input_other_occupants_item_phone_1_type(
    value: str,
) -> V1LeasesPostInputOtherOccupantsItemPhone1Type:
    if value in V1_LEASES_POST_INPUT_OTHER_OCCUPANTS_ITEM_PHONE_1_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_LEASES_POST_INPUT_OTHER_OCCUPANTS_ITEM_PHONE_1_TYPE_VALUES!r}"
    )
