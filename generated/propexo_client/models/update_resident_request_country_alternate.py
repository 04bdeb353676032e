from typing import Literal

UpdateResidentRequestCountryAlternate = Literal["US"]
"""One of US."""

UPDATE_RESIDENT_REQUEST_COUNTRY_ALTERNATE_VALUES: set[UpdateResidentRequestCountryAlternate] = {
    "US",
}


def check_update_resident_request_country_alternate(value: str) -> UpdateResidentRequestCountryAlternate:
    if value in UPDATE_RESIDENT_REQUEST_COUNTRY_ALTERNATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_RESIDENT_REQUEST_COUNTRY_ALTERNATE_VALUES!r}")
