from typing import Literal

UpdateApplicantRequestAddressHistoryItemManagerType = Literal[
    "APARTMENT", "FRIEND", "LANDLORD", "PROPERTY_MANAGER", "RELATIVE"
]
"""One of APARTMENT, FRIEND, LANDLORD, PROPERTY_MANAGER, RELATIVE."""

UPDATE_APPLICANT_REQUEST_ADDRESS_HISTORY_ITEM_MANAGER_TYPE_VALUES: set[
    UpdateApplicantRequestAddressHistoryItemManagerType
] = {
    "APARTMENT",
    "FRIEND",
    "LANDLORD",
    "PROPERTY_MANAGER",
    "RELATIVE",
}


def check_update_applicant_request_address_history_item_manager_type(
    value: str,
) -> UpdateApplicantRequestAddressHistoryItemManagerType:
    if value in UPDATE_APPLICANT_REQUEST_ADDRESS_HISTORY_ITEM_MANAGER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_APPLICANT_REQUEST_ADDRESS_HISTORY_ITEM_MANAGER_TYPE_VALUES!r}"
    )
