from typing import Literal

V1ApplicantsPostInputAddressHistoryItemManagerType = Literal[
    "APARTMENT", "FRIEND", "LANDLORD", "PROPERTY_MANAGER", "RELATIVE"
]
"""One of APARTMENT, FRIEND, LANDLORD, PROPERTY_MANAGER, RELATIVE."""

V1_APPLICANTS_POST_INPUT_ADDRESS_HISTORY_ITEM_MANAGER_TYPE_VALUES: set[
    V1ApplicantsPostInputAddressHistoryItemManagerType
] = {
    "APARTMENT",
    "FRIEND",
    "LANDLORD",
    "PROPERTY_MANAGER",
    "RELATIVE",
}


def check_v1_applicants_post_input_address_history_item_manager_type(
    value: str,
) -> V1ApplicantsPostInputAddressHistoryItemManagerType:
    if value in V1_APPLICANTS_POST_INPUT_ADDRESS_HISTORY_ITEM_MANAGER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_APPLICANTS_POST_INPUT_ADDRESS_HISTORY_ITEM_MANAGER_TYPE_VALUES!r}"
    )
