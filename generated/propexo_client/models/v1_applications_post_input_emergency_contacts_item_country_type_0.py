from typing import Literal

V1ApplicationsPostInputEmergencyContactsItemCountryType0 = Literal["CA", "US"]
"""One of CA, US."""

V1_APPLICATIONS_POST_INPUT_EMERGENCY_CONTACTS_ITEM_COUNTRY_TYPE_0_VALUES: set[
    V1ApplicationsPostInputEmergencyContactsItemCountryType0
] = {
    "CA",
    "US",
}


def check_v1_applications_post_input_emergency_contacts_item_country_type_0(
    value: str,
) -> V1ApplicationsPostInputEmergencyContactsItemCountryType0:
    if value in V1_APPLICATIONS_POST_INPUT_EMERGENCY_CONTACTS_ITEM_COUNTRY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_APPLICATIONS_POST_INPUT_EMERGENCY_CONTACTS_ITEM_COUNTRY_TYPE_0_VALUES!r}"
    )
