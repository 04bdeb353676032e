from typing import Literal

UpdateApplicationRequestOtherOccupantsItemRelationship = Literal["GUARANTOR", "OTHER", "ROOMMATE", "SPOUSE"]
"""One of GUARANTOR, OTHER, ROOMMATE, SPOUSE."""

UPDATE_APPLICATION_REQUEST_OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES: set[
    UpdateApplicationRequestOtherOccupantsItemRelationship
] = {
    "GUARANTOR",
    "OTHER",
    "ROOMMATE",
    "SPOUSE",
}


def check_update_application_request_other_occupants_item_relationship(
    value: str,
) -> UpdateApplicationRequestOtherOccupantsItemRelationship:
    if value in UPDATE_APPLICATION_REQUEST_OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_APPLICATION_REQUEST_OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES!r}"
    )
