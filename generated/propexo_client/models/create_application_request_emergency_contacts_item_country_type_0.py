from typing import Literal

CreateApplicationRequestEmergencyContactsItemCountryType0 = Literal["CA", "US"]
"""One of CA, US."""

CREATE_APPLICATION_REQUEST_EMERGENCY_CONTACTS_ITEM_COUNTRY_TYPE_0_VALUES: set[
    CreateApplicationRequestEmergencyContactsItemCountryType0
] = {
    "CA",
    "US",
}


def check_create_application_request_emergency_contacts_item_country_type_0(
    value: str,
) -> CreateApplicationRequestEmergencyContactsItemCountryType0:
    if value in CREATE_APPLICATION_REQUEST_EMERGENCY_CONTACTS_ITEM_COUNTRY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_APPLICATION_REQUEST_EMERGENCY_CONTACTS_ITEM_COUNTRY_TYPE_0_VALUES!r}"
    )
