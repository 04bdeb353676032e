from typing import Literal

CreateLeaseRequestEmergencyContactsItemRelationship = Literal["DAUGHTER", "FRIEND", "HUSBAND", "OTHER", "SON", "WIFE"]
"""One of DAUGHTER, FRIEND, HUSBAND, OTHER, SON, WIFE."""

CREATE_LEASE_REQUEST_EMERGENCY_CONTACTS_ITEM_RELATIONSHIP_VALUES: set[
    CreateLeaseRequestEmergencyContactsItemRelationship
] = {
    "DAUGHTER",
    "FRIEND",
    "HUSBAND",
    "OTHER",
    "SON",
    "WIFE",
}


def check_create_lease_request_emergency_contacts_item_relationship(
    value: str,
) -> CreateLeaseRequestEmergencyContactsItemRelationship:
    if value in CREATE_LEASE_REQUEST_EMERGENCY_CONTACTS_ITEM_RELATIONSHIP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_LEASE_REQUEST_EMERGENCY_CONTACTS_ITEM_RELATIONSHIP_VALUES!r}"
    )
