from typing import Literal

UpdateApplicationRequestEmergencyContactsItemRelationship = Literal[
    "DAUGHTER", "FRIEND", "HUSBAND", "OTHER", "SON", "WIFE"
]
"""One of DAUGHTER, FRIEND, HUSBAND, OTHER, SON, WIFE."""

UPDATE_APPLICATION_REQUEST_EMERGENCY_CONTACTS_ITEM_RELATIONSHIP_VALUES: set[
    UpdateApplicationRequestEmergencyContactsItemRelationship
] = {
    "DAUGHTER",
    "FRIEND",
    "HUSBAND",
    "OTHER",
    "SON",
    "WIFE",
}


def check_update_application_request_emergency_contacts_item_relationship(
    value: str,
) -> UpdateApplicationRequestEmergencyContactsItemRelationship:
    if value in UPDATE_APPLICATION_REQUEST_EMERGENCY_CONTACTS_ITEM_RELATIONSHIP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_APPLICATION_REQUEST_EMERGENCY_CONTACTS_ITEM_RELATIONSHIP_VALUES!r}"
    )
