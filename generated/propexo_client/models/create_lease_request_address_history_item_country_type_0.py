from typing import Literal

CreateLeaseRequestAddressHistoryItemCountryType0 = Literal["CA", "US"]
"""One of CA, US."""

CREATE_LEASE_REQUEST_ADDRESS_HISTORY_ITEM_COUNTRY_TYPE_0_VALUES: set[
    CreateLeaseRequestAddressHistoryItemCountryType0
] = {
    "CA",
    "US",
}


def check_create_lease_request_address_history_item_country_type_0(
    value: str,
) -> CreateLeaseRequestAddressHistoryItemCountryType0:
    if value in CREATE_LEASE_REQUEST_ADDRESS_HISTORY_ITEM_COUNTRY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_LEASE_REQUEST_ADDRESS_HISTORY_ITEM_COUNTRY_TYPE_0_VALUES!r}"
    )
