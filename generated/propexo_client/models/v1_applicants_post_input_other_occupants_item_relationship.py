from typing import Literal

V1ApplicantsPostInputOtherOccupantsItemRelationship = Literal["OTHER"]
"""One of OTHER."""

V1_APPLICANTS_POST_INPUT_OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES: set[
    V1ApplicantsPostInputOtherOccupantsItemRelationship
] = {
    "OTHER",
}


def check_v1_applicants_post_input_other_occupants_item_relationship(
    value: str,
) -> V1ApplicantsPostInputOtherOccupantsItemRelationship:
    if value in V1_APPLICANTS_POST_INPUT_OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_APPLICANTS_POST_INPUT_OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES!r}"
    )
