from typing import Literal

CreateApplicationRequestAddressHistoryItemCountryType0 = Literal["CA", "US"]
"""One of CA, US."""

CREATE_APPLICATION_REQUEST_ADDRESS_HISTORY_ITEM_COUNTRY_TYPE_0_VALUES: set[
    CreateApplicationRequestAddressHistoryItemCountryType0
] = {
    "CA",
    "US",
}


def check_create_application_request_address_history_item_country_type_0(
    value: str,
) -> CreateApplicationRequestAddressHistoryItemCountryType0:
    if value in CREATE_APPLICATION_REQUEST_ADDRESS_HISTORY_ITEM_COUNTRY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_APPLICATION_REQUEST_ADDRESS_HISTORY_ITEM_COUNTRY_TYPE_0_VALUES!r}"
    )
