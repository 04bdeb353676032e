from typing import Literal

UpdateLeaseRequestAddressHistoryItemCountry = Literal["CA", "US"]
"""One of CA, US."""

UPDATE_LEASE_REQUEST_ADDRESS_HISTORY_ITEM_COUNTRY_VALUES: set[UpdateLeaseRequestAddressHistoryItemCountry] = {
    "CA",
    "US",
}


def check_update_lease_request_address_history_item_country(value: str) -> UpdateLeaseRequestAddressHistoryItemCountry:
    if value in UPDATE_LEASE_REQUEST_ADDRESS_HISTORY_ITEM_COUNTRY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_LEASE_REQUEST_ADDRESS_HISTORY_ITEM_COUNTRY_VALUES!r}"
    )
