from typing import Literal

CreateLeaseRequestOtherOccupantsItemRelationship = Literal["GUARANTOR", "OTHER", "ROOMMATE", "SPOUSE"]
"""One of GUARANTOR, OTHER, ROOMMATE, SPOUSE."""

CREATE_LEASE_REQUEST_OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES: set[CreateLeaseRequestOtherOccupantsItemRelationship] = {
    "GUARANTOR",
    "OTHER",
    "ROOMMATE",
    "SPOUSE",
}


def check_create_lease_request_other_occupants_item_relationship(
    value: str,
) -> CreateLeaseRequestOtherOccupantsItemRelationship:
    if value in CREATE_LEASE_REQUEST_OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_LEASE_REQUEST_OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES!r}"
    )
