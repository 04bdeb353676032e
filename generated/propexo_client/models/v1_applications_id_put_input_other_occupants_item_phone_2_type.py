from typing import Literal

V1ApplicationsIdPutInputOtherOccupantsItemPhone2Type = Literal["FAX", "HOME", "MOBILE", "WORK"]
"""One of FAX, HOME, MOBILE, WORK."""

V1_APPLICATIONS_ID_PUT_INPUT_OTHER_OCCUPANTS_ITEM_PHONE_2_TYPE_VALUES: set[
    V1ApplicationsIdPutInputOtherOccupantsItemPhone2Type
] = {
    "FAX",
    "HOME",
    "MOBILE",
    "WORK",
}


def check_v1_applications_id_put_input_other_occupants_item_phone_2_type(
    value: str,
) -> V1ApplicationsIdPutInputOtherOccupantsItemPhone2Type:
    if value in V1_APPLICATIONS_ID_PUT_INPUT_OTHER_OCCUPANTS_ITEM_PHONE_2_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_APPLICATIONS_ID_PUT_INPUT_OTHER_OCCUPANTS_ITEM_PHONE_2_TYPE_VALUES!r}"
    )
