from typing import Literal

UpdateApplicantRequestAddressHistoryItemAddressType = Literal["OWN", "RENT"]
"""One of OWN, RENT."""

UPDATE_APPLICANT_REQUEST_ADDRESS_HISTORY_ITEM_ADDRESS_TYPE_VALUES: set[
    UpdateApplicantRequestAddressHistoryItemAddressType
] = {
    "OWN",
    "RENT",
}


def check_update_applicant_request_address_history_item_address_type(
    value: str,
) -> UpdateApplicantRequestAddressHistoryItemAddressType:
    if value in UPDATE_APPLICANT_REQUEST_ADDRESS_HISTORY_ITEM_ADDRESS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_APPLICANT_REQUEST_ADDRESS_HISTORY_ITEM_ADDRESS_TYPE_VALUES!r}"
    )
