from typing import Literal

UpdateResidentRequestCountry = Literal["CA", "US"]
"""One of CA, US."""

UPDATE_RESIDENT_REQUEST_COUNTRY_VALUES: set[UpdateResidentRequestCountry] = {
    "CA",
    "US",
}


def check_update_resident_request_country(value: str) -> UpdateResidentRequestCountry:
    if value in UPDATE_RESIDENT_REQUEST_COUNTRY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_RESIDENT_REQUEST_COUNTRY_VALUES!r}")
