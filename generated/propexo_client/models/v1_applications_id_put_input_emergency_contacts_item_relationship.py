from typing import Literal

V1ApplicationsIdPutInputEmergencyContactsItemRelationship = Literal[
    "DAUGHTER", "FRIEND", "HUSBAND", "OTHER", "SON", "WIFE"
]
"""One of DAUGHTER, FRIEND, HUSBAND, OTHER, SON, WIFE."""

V1_APPLICATIONS_ID_PUT_INPUT_EMERGENCY_CONTACTS_ITEM_RELATIONSHIP_VALUES: set[
    V1ApplicationsIdPutInputEmergencyContactsItemRelationship
] = {
    "DAUGHTER",
    "FRIEND",
    "HUSBAND",
    "OTHER",
    "SON",
    "WIFE",
}


def check_v1_applications_id_put_input_emergency_contacts_item_relationship(
    value: str,
) -> V1ApplicationsIdPutInputEmergencyContactsItemRelationship:
    if value in V1_APPLICATIONS_ID_PUT_INPUT_EMERGENCY_CONTACTS_ITEM_RELATIONSHIP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_APPLICATIONS_ID_PUT_INPUT_EMERGENCY_CONTACTS_ITEM_RELATIONSHIP_VALUES!r}"
    )
