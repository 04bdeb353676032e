from typing import Literal

OtherOccupantsItemRelationship = Literal["GUARANTOR", "OTHER", "ROOMMATE", "SPOUSE"]
"""One of GUARANTOR, OTHER, ROOMMATE, SPOUSE."""

OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES: set[OtherOccupantsItemRelationship] = {
    "GUARANTOR",
    "OTHER",
    "ROOMMATE",
    "SPOUSE",
}


def check_other_occupants_item_relationship(value: str) -> OtherOccupantsItemRelationship:
    if value in OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES!r}")
