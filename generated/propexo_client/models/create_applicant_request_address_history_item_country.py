from typing import Literal

CreateApplicantRequestAddressHistoryItemCountry = Literal["CA", "US"]
"""One of CA, US."""

CREATE_APPLICANT_REQUEST_ADDRESS_HISTORY_ITEM_COUNTRY_VALUES: set[CreateApplicantRequestAddressHistoryItemCountry] = {
    "CA",
    "US",
}


def check_create_applicant_request_address_history_item_country(
    value: str,
) -> CreateApplicantRequestAddressHistoryItemCountry:
    if value in CREATE_APPLICANT_REQUEST_ADDRESS_HISTORY_ITEM_COUNTRY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_APPLICANT_REQUEST_ADDRESS_HISTORY_ITEM_COUNTRY_VALUES!r}"
    )
