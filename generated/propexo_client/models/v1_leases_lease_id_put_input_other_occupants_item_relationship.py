from typing import Literal

V1LeasesLeaseIdPutInputOtherOccupantsItemRelationship = Literal["GUARANTOR", "OTHER", "ROOMMATE", "SPOUSE"]
"""One of GUARANTOR, OTHER, ROOMMATE, SPOUSE."""

V1_LEASES_LEASE_ID_PUT_INPUT_OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES: set[
    V1LeasesLeaseIdPutInputOtherOccupantsItemRelationship
] = {
    "GUARANTOR",
    "OTHER",
    "ROOMMATE",
    "SPOUSE",
}


def check_v1_leases_lease_id_put_input_other_occupants_item_relationship(
    value: str,
) -> V1LeasesLeaseIdPutInputOtherOccupantsItemRelationship:
    if value in V1_LEASES_LEASE_ID_PUT_INPUT_OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_LEASES_LEASE_ID_PUT_INPUT_OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES!r}"
    )
