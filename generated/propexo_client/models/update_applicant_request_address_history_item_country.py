from typing import Literal

UpdateApplicantRequestAddressHistoryItemCountry = Literal["CA", "US"]
"""One of CA, US."""

UPDATE_APPLICANT_REQUEST_ADDRESS_HISTORY_ITEM_COUNTRY_VALUES: set[UpdateApplicantRequestAddressHistoryItemCountry] = {
    "CA",
    "US",
}


def check_update_applicant_request_address_history_item_country(
    value: str,
) -> UpdateApplicantRequestAddressHistoryItemCountry:
    if value in UPDATE_APPLICANT_REQUEST_ADDRESS_HISTORY_ITEM_COUNTRY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_APPLICANT_REQUEST_ADDRESS_HISTORY_ITEM_COUNTRY_VALUES!r}"
    )
