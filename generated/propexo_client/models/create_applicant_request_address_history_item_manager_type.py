from typing import Literal

CreateApplicantRequestAddressHistoryItemManagerType = Literal[
    "APARTMENT", "FRIEND", "LANDLORD", "PROPERTY_MANAGER", "RELATIVE"
]
"""One of APARTMENT, FRIEND, LANDLORD, PROPERTY_MANAGER, RELATIVE."""

CREATE_APPLICANT_REQUEST_ADDRESS_HISTORY_ITEM_MANAGER_TYPE_VALUES: set[
    CreateApplicantRequestAddressHistoryItemManagerType
] = {
    "APARTMENT",
    "FRIEND",
    "LANDLORD",
    "PROPERTY_MANAGER",
    "RELATIVE",
}


def check_create_applicant_request_address_history_item_manager_type(
    value: str,
) -> CreateApplicantRequestAddressHistoryItemManagerType:
    if value in CREATE_APPLICANT_REQUEST_ADDRESS_HISTORY_ITEM_MANAGER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_APPLICANT_REQUEST_ADDRESS_HISTORY_ITEM_MANAGER_TYPE_VALUES!r}"
    )
