from typing import Literal

UpdateApplicationRequestEmergencyContactsItemCountryType0 = Literal["Canada", "United States"]
"""One of Canada, United States."""

UPDATE_APPLICATION_REQUEST_EMERGENCY_CONTACTS_ITEM_COUNTRY_TYPE_0_VALUES: set[
    UpdateApplicationRequestEmergencyContactsItemCountryType0
] = {
    "Canada",
    "United States",
}


def check_update_application_request_emergency_contacts_item_country_type_0(
    value: str,
) -> UpdateApplicationRequestEmergencyContactsItemCountryType0:
    if value in UPDATE_APPLICATION_REQUEST_EMERGENCY_CONTACTS_ITEM_COUNTRY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_APPLICATION_REQUEST_EMERGENCY_CONTACTS_ITEM_COUNTRY_TYPE_0_VALUES!r}"
    )
