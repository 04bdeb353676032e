from typing import Literal

UpdateLeaseRequestEmergencyContactsItemCountry = Literal["CA", "US"]
"""One of CA, US."""

UPDATE_LEASE_REQUEST_EMERGENCY_CONTACTS_ITEM_COUNTRY_VALUES: set[UpdateLeaseRequestEmergencyContactsItemCountry] = {
    "CA",
    "US",
}


def check_update_lease_request_emergency_contacts_item_country(
    value: str,
) -> UpdateLeaseRequestEmergencyContactsItemCountry:
    if value in UPDATE_LEASE_REQUEST_EMERGENCY_CONTACTS_ITEM_COUNTRY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_LEASE_REQUEST_EMERGENCY_CONTACTS_ITEM_COUNTRY_VALUES!r}"
    )
