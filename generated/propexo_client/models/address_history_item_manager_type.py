from typing import Literal

AddressHistoryItemManagerType = Literal["APARTMENT", "FRIEND", "LANDLORD", "PROPERTY_MANAGER", "RELATIVE"]
"""One of APARTMENT, FRIEND, LANDLORD, PROPERTY_MANAGER, RELATIVE."""

ADDRESS_HISTORY_ITEM_MANAGER_TYPE_VALUES: set[AddressHistoryItemManagerType] = {
    "APARTMENT",
    "FRIEND",
    "LANDLORD",
    "PROPERTY_MANAGER",
    "RELATIVE",
}


def check_address_history_item_manager_type(value: str) -> AddressHistoryItemManagerType:
    if value in ADDRESS_HISTORY_ITEM_MANAGER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADDRESS_HISTORY_ITEM_MANAGER_TYPE_VALUES!r}")
