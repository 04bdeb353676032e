from typing import Literal

CreateLeaseRequestEmergencyContactsItemCountryType0 = Literal["CA", "US"]
"""One of CA, US."""

CREATE_LEASE_REQUEST_EMERGENCY_CONTACTS_ITEM_COUNTRY_TYPE_0_VALUES: set[
    CreateLeaseRequestEmergencyContactsItemCountryType0
] = {
    "CA",
    "US",
}


def check_create_lease_request_emergency_contacts_item_country_type_0(
    value: str,
) -> CreateLeaseRequestEmergencyContactsItemCountryType0:
    if value in CREATE_LEASE_REQUEST_EMERGENCY_CONTACTS_ITEM_COUNTRY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_LEASE_REQUEST_EMERGENCY_CONTACTS_ITEM_COUNTRY_TYPE_0_VALUES!r}"
    )
