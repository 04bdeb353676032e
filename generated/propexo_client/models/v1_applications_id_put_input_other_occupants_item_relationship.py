from typing import Literal

V1ApplicationsIdPutInputOtherOccupantsItemRelationship = Literal["GUARANTOR", "OTHER", "ROOMMATE", "SPOUSE"]
"""One of GUARANTOR, OTHER, ROOMMATE, SPOUSE."""

V1_APPLICATIONS_ID_PUT_INPUT_OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES: set[
    V1ApplicationsIdPutInputOtherOccupantsItemRelationship
] = {
    "GUARANTOR",
    "OTHER",
    "ROOMMATE",
    "SPOUSE",
}


def check_v1_applications_id_put_input_other_occupants_item_relationship(
    value: str,
) -> V1ApplicationsIdPutInputOtherOccupantsItemRelationship:
    if value in V1_APPLICATIONS_ID_PUT_INPUT_OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_APPLICATIONS_ID_PUT_INPUT_OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES!r}"
    )
