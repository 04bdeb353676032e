from typing import Literal

V1ApplicantsPostInputAddressHistoryItemAddressType = Literal["OWN", "RENT"]
"""One of OWN, RENT."""

V1_APPLICANTS_POST_INPUT_ADDRESS_HISTORY_ITEM_ADDRESS_TYPE_VALUES: set[
    V1ApplicantsPostInputAddressHistoryItemAddressType
] = {
    "OWN",
    "RENT",
}


def check_v1_applicants_post_input_address_history_item_address_type(
    value: str,
) -> V1ApplicantsPostInputAddressHistoryItemAddressType:
    if value in V1_APPLICANTS_POST_INPUT_ADDRESS_HISTORY_ITEM_ADDRESS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_APPLICANTS_POST_INPUT_ADDRESS_HISTORY_ITEM_ADDRESS_TYPE_VALUES!r}"
    )
