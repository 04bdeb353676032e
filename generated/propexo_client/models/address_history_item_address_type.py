from typing import Literal

AddressHistoryItemAddressType = Literal["OWN", "RENT"]
"""One of OWN, RENT."""

ADDRESS_HISTORY_ITEM_ADDRESS_TYPE_VALUES: set[AddressHistoryItemAddressType] = {
    "OWN",
    "RENT",
}


def check_address_history_item_address_type(value: str) -> AddressHistoryItemAddressType:
    if value in ADDRESS_HISTORY_ITEM_ADDRESS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADDRESS_HISTORY_ITEM_ADDRESS_TYPE_VALUES!r}")
