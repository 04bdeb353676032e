from typing import Literal

V1LeasesLeaseIdPutInputAddressHistoryItemCountry = Literal["CA", "US"]
"""One of CA, US."""

V1_LEASES_LEASE_ID_PUT_INPUT_ADDRESS_HISTORY_ITEM_COUNTRY_VALUES: set[
    V1LeasesLeaseIdPutInputAddressHistoryItemCountry
] = {
    "CA",
    "US",
}


def check_v1_leases_lease_id_put_input_address_history_item_country(
    value: str,
) -> V1LeasesLeaseIdPutInputAddressHistoryItemCountry:
    if value in V1_LEASES_LEASE_ID_PUT_INPUT_ADDRESS_HISTORY_ITEM_COUNTRY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_LEASES_LEASE_ID_PUT_INPUT_ADDRESS_HISTORY_ITEM_COUNTRY_VALUES!r}"
    )
