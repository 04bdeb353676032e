from typing import Literal

V1LeasesLeaseIdPutInputEmergencyContactsItemCountry = Literal["CA", "US"]
"""One of CA, US."""

V1_LEASES_LEASE_ID_PUT_INPUT_EMERGENCY_CONTACTS_ITEM_COUNTRY_VALUES: set[
    V1LeasesLeaseIdPutInputEmergencyContactsItemCountry
] = {
    "CA",
    "US",
}


def check_v1_leases_lease_id_put_input_emergency_contacts_item_country(
    value: str,
) -> V1LeasesLeaseIdPutInputEmergencyContactsItemCountry:
    if value in V1_LEASES_LEASE_ID_PUT_INPUT_EMERGENCY_CONTACTS_ITEM_COUNTRY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_LEASES_LEASE_ID_PUT_INPUT_EMERGENCY_CONTACTS_ITEM_COUNTRY_VALUES!r}"
    )
