from typing import Literal

CreateApplicationRequestEmergencyContactsItemRelationship = Literal[
    "DAUGHTER", "FRIEND", "HUSBAND", "OTHER", "SON", "WIFE"
]
"""One of DAUGHTER, FRIEND, HUSBAND, OTHER, SON, WIFE."""

CREATE_APPLICATION_REQUEST_EMERGENCY_CONTACTS_ITEM_RELATIONSHIP_VALUES: set[
    CreateApplicationRequestEmergencyContactsItemRelationship
] = {
    "DAUGHTER",
    "FRIEND",
    "HUSBAND",
    "OTHER",
    "SON",
    "WIFE",
}


def check_create_application_request_emergency_contacts_item_relationship(
    value: str,
) -> CreateApplicationRequestEmergencyContactsItemRelationship:
    if value in CREATE_APPLICATION_REQUEST_EMERGENCY_CONTACTS_ITEM_RELATIONSHIP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_APPLICATION_REQUEST_EMERGENCY_CONTACTS_ITEM_RELATIONSHIP_VALUES!r}"
    )
