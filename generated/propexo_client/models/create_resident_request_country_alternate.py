from typing import Literal

CreateResidentRequestCountryAlternate = Literal["US"]
"""One of US."""

CREATE_RESIDENT_REQUEST_COUNTRY_ALTERNATE_VALUES: set[CreateResidentRequestCountryAlternate] = {
    "US",
}


def check_create_resident_request_country_alternate(value: str) -> CreateResidentRequestCountryAlternate:
    if value in CREATE_RESIDENT_REQUEST_COUNTRY_ALTERNATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_RESIDENT_REQUEST_COUNTRY_ALTERNATE_VALUES!r}")
