from typing import Literal

V1LeasesLeaseIdPutInputEmergencyContactsItemRelationship = Literal[
    "DAUGHTER", "FRIEND", "HUSBAND", "OTHER", "SON", "WIFE"
]
"""One of DAUGHTER, FRIEND, HUSBAND, OTHER, SON, WIFE."""

V1_LEASES_LEASE_ID_PUT_INPUT_EMERGENCY_CONTACTS_ITEM_RELATIONSHIP_VALUES: set[
    V1LeasesLeaseIdPutInputEmergencyContactsItemRelationship
] = {
    "DAUGHTER",
    "FRIEND",
    "HUSBAND",
    "OTHER",
    "SON",
    "WIFE",
}


def check_v1_leases_lease_id_put_input_emergency_contacts_item_relationship(
    value: str,
) -> V1LeasesLeaseIdPutInputEmergencyContactsItemRelationship:
    if value in V1_LEASES_LEASE_ID_PUT_INPUT_EMERGENCY_CONTACTS_ITEM_RELATIONSHIP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_LEASES_LEASE_ID_PUT_INPUT_EMERGENCY_CONTACTS_ITEM_RELATIONSHIP_VALUES!r}"
    )
