from typing import Literal

UpdateLeaseRequestOtherOccupantsItemRelationship = Literal["GUARANTOR", "OTHER", "ROOMMATE", "SPOUSE"]
"""One of GUARANTOR, OTHER, ROOMMATE, SPOUSE."""

UPDATE_LEASE_REQUEST_OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES: set[UpdateLeaseRequestOtherOccupantsItemRelationship] = {
    "GUARANTOR",
    "OTHER",
    "ROOMMATE",
    "SPOUSE",
}


def check_update_lease_request_other_occupants_item_relationship(
    value: str,
) -> UpdateLeaseRequestOtherOccupantsItemRelationship:
    if value in UPDATE_LEASE_REQUEST_OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_LEASE_REQUEST_OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES!r}"
    )
