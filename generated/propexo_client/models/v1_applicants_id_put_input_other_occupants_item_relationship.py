from typing import Literal

V1ApplicantsIdPutInputOtherOccupantsItemRelationship = Literal["OTHER"]
"""One of OTHER."""

V1_APPLICANTS_ID_PUT_INPUT_OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES: set[
    V1ApplicantsIdPutInputOtherOccupantsItemRelationship
] = {
    "OTHER",
}


def check_v1_applicants_id_put_input_other_occupants_item_relationship(
    value: str,
) -> V1ApplicantsIdPutInputOtherOccupantsItemRelationship:
    if value in V1_APPLICANTS_ID_PUT_INPUT_OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_APPLICANTS_ID_PUT_INPUT_OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES!r}"
    )
