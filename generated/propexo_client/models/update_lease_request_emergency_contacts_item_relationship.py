from typing import Literal

UpdateLeaseRequestEmergencyContactsItemRelationship = Literal["DAUGHTER", "FRIEND", "HUSBAND", "OTHER", "SON", "WIFE"]
"""One of DAUGHTER, FRIEND, HUSBAND, OTHER, SON, WIFE."""

UPDATE_LEASE_REQUEST_EMERGENCY_CONTACTS_ITEM_RELATIONSHIP_VALUES: set[
    UpdateLeaseRequestEmergencyContactsItemRelationship
] = {
    "DAUGHTER",
    "FRIEND",
    "HUSBAND",
    "OTHER",
    "SON",
    "WIFE",
}


def check_update_lease_request_emergency_contacts_item_relationship(
    value: str,
) -> UpdateLeaseRequestEmergencyContactsItemRelationship:
    if value in UPDATE_LEASE_REQUEST_EMERGENCY_CONTACTS_ITEM_RELATIONSHIP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_LEASE_REQUEST_EMERGENCY_CONTACTS_ITEM_RELATIONSHIP_VALUES!r}"
    )
