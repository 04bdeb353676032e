from typing import Literal

V1ApplicationsIdPutInputEmergencyContactsItemCountryType0 = Literal["Canada", "United States"]
"""One of Canada, United States."""

V1_APPLICATIONS_ID_PUT_INPUT_EMERGENCY_CONTACTS_ITEM_COUNTRY_TYPE_0_VALUES: set[
    V1ApplicationsIdPutInputEmergencyContactsItemCountryType0
] = {
    "Canada",
    "United States",
}


def check_v1_applications_id_put_input_emergency_contacts_item_country_type_0(
    value: str,
) -> V1ApplicationsIdPutInputEmergencyContactsItemCountryType0:
    if value in V1_APPLICATIONS_ID_PUT_INPUT_EMERGENCY_CONTACTS_ITEM_COUNTRY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_APPLICATIONS_ID_PUT_INPUT_EMERGENCY_CONTACTS_ITEM_COUNTRY_TYPE_0_VALUES!r}"
    )
