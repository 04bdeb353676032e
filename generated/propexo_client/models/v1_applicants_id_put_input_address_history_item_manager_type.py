from typing import Literal

V1ApplicantsIdPutInputAddressHistoryItemManagerType = Literal[
    "APARTMENT", "FRIEND", "LANDLORD", "PROPERTY_MANAGER", "RELATIVE"
]
"""One of APARTMENT, FRIEND, LANDLORD, PROPERTY_MANAGER, RELATIVE."""

V1_APPLICANTS_ID_PUT_INPUT_ADDRESS_HISTORY_ITEM_MANAGER_TYPE_VALUES: set[
    V1ApplicantsIdPutInputAddressHistoryItemManagerType
] = {
    "APARTMENT",
    "FRIEND",
    "LANDLORD",
    "PROPERTY_MANAGER",
    "RELATIVE",
}


def check_v1_applicants_id_put_input_address_history_item_manager_type(
    value: str,
) -> V1ApplicantsIdPutInputAddressHistoryItemManagerType:
    if value in V1_APPLICANTS_ID_PUT_INPUT_ADDRESS_HISTORY_ITEM_MANAGER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_APPLICANTS_ID_PUT_INPUT_ADDRESS_HISTORY_ITEM_MANAGER_TYPE_VALUES!r}"
    )
