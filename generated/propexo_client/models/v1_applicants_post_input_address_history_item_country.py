from typing import Literal

V1ApplicantsPostInputAddressHistoryItemCountry = Literal["CA", "US"]
"""One of CA, US."""

V1_APPLICANTS_POST_INPUT_ADDRESS_HISTORY_ITEM_COUNTRY_VALUES: set[V1ApplicantsPostInputAddressHistoryItemCountry] = {
    "CA",
    "US",
}


def check_v1_applicants_post_input_address_history_item_country(
    value: str,
) -> V1ApplicantsPostInputAddressHistoryItemCountry:
    if value in V1_APPLICANTS_POST_INPUT_ADDRESS_HISTORY_ITEM_COUNTRY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_APPLICANTS_POST_INPUT_ADDRESS_HISTORY_ITEM_COUNTRY_VALUES!r}"
    )
