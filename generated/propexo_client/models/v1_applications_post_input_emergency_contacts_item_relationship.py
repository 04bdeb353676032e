from typing import Literal

V1ApplicationsPostInputEmergencyContactsItemRelationship = Literal[
    "DAUGHTER", "FRIEND", "HUSBAND", "OTHER", "SON", "WIFE"
]
"""One of DAUGHTER, FRIEND, HUSBAND, OTHER, SON, WIFE."""

V1_APPLICATIONS_POST_INPUT_EMERGENCY_CONTACTS_ITEM_RELATIONSHIP_VALUES: set[
    V1ApplicationsPostInputEmergencyContactsItemRelationship
] = {
    "DAUGHTER",
    "FRIEND",
    "HUSBAND",
    "OTHER",
    "SON",
    "WIFE",
}


def check_v1_applications_post_input_emergency_contacts_item_relationship(
    value: str,
) -> V1ApplicationsPostInputEmergencyContactsItemRelationship:
    if value in V1_APPLICATIONS_POST_INPUT_EMERGENCY_CONTACTS_ITEM_RELATIONSHIP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_APPLICATIONS_POST_INPUT_EMERGENCY_CONTACTS_ITEM_RELATIONSHIP_VALUES!r}"
    )
