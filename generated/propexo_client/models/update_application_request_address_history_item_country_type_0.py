from typing import Literal

UpdateApplicationRequestAddressHistoryItemCountryType0 = Literal["Canada", "United States"]
"""One of Canada, United States."""

UPDATE_APPLICATION_REQUEST_ADDRESS_HISTORY_ITEM_COUNTRY_TYPE_0_VALUES: set[
    UpdateApplicationRequestAddressHistoryItemCountryType0
] = {
    "Canada",
    "United States",
}


def check_update_application_request_address_history_item_country_type_0(
    value: str,
) -> UpdateApplicationRequestAddressHistoryItemCountryType0:
    if value in UPDATE_APPLICATION_REQUEST_ADDRESS_HISTORY_ITEM_COUNTRY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_APPLICATION_REQUEST_ADDRESS_HISTORY_ITEM_COUNTRY_TYPE_0_VALUES!r}"
    )
