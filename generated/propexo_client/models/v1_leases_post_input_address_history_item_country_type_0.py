from typing import Literal

V1LeasesPostInputAddressHistoryItemCountryType0 = Literal["CA", "US"]
"""One of CA, US."""

V1_LEASES_POST_INPUT_ADDRESS_HISTORY_ITEM_COUNTRY_TYPE_0_VALUES: set[
    V1LeasesPostInputAddressHistoryItemCountryType0
] = {
    "CA",
    "US",
}


def check_v1_leases_post_input_address_history_item_country_type_0(
    value: str,
) -> V1LeasesPostInputAddressHistoryItemCountryType0:
    if value in V1_LEASES_POST_INPUT_ADDRESS_HISTORY_ITEM_COUNTRY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_LEASES_POST_INPUT_ADDRESS_HISTORY_ITEM_COUNTRY_TYPE_0_VALUES!r}"
    )
