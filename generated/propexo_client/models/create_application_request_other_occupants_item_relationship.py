from typing import Literal

CreateApplicationRequestOtherOccupantsItemRelationship = Literal["GUARANTOR", "OTHER", "ROOMMATE", "SPOUSE"]
"""One of GUARANTOR, OTHER, ROOMMATE, SPOUSE."""

CREATE_APPLICATION_REQUEST_OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES: set[
    CreateApplicationRequestOtherOccupantsItemRelationship
] = {
    "GUARANTOR",
    "OTHER",
    "ROOMMATE",
    "SPOUSE",
}


def check_create_application_request_other_occupants_item_relationship(
    value: str,
) -> CreateApplicationRequestOtherOccupantsItemRelationship:
    if value in CREATE_APPLICATION_REQUEST_OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_APPLICATION_REQUEST_OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES!r}"
    )
