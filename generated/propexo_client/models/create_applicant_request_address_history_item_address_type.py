from typing import Literal

CreateApplicantRequestAddressHistoryItemAddressType = Literal["OWN", "RENT"]
"""One of OWN, RENT."""

CREATE_APPLICANT_REQUEST_ADDRESS_HISTORY_ITEM_ADDRESS_TYPE_VALUES: set[
    CreateApplicantRequestAddressHistoryItemAddressType
] = {
    "OWN",
    "RENT",
}


def check_create_applicant_request_address_history_item_address_type(
    value: str,
) -> CreateApplicantRequestAddressHistoryItemAddressType:
    if value in CREATE_APPLICANT_REQUEST_ADDRESS_HISTORY_ITEM_ADDRESS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_APPLICANT_REQUEST_ADDRESS_HISTORY_ITEM_ADDRESS_TYPE_VALUES!r}"
    )
