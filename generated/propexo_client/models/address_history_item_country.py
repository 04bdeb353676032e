from typing import Literal

AddressHistoryItemCountry = Literal["CA", "US"]
"""One of CA, US."""

ADDRESS_HISTORY_ITEM_COUNTRY_VALUES: set[AddressHistoryItemCountry] = {
    "CA",
    "US",
}


def check_address_history_item_country(value: str) -> AddressHistoryItemCountry:
    if value in ADDRESS_HISTORY_ITEM_COUNTRY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADDRESS_HISTORY_ITEM_COUNTRY_VALUES!r}")
