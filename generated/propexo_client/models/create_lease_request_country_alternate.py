from typing import Literal

CreateLeaseRequestCountryAlternate = Literal["US"]
"""One of US."""

CREATE_LEASE_REQUEST_COUNTRY_ALTERNATE_VALUES: set[CreateLeaseRequestCountryAlternate] = {
    "US",
}


def check_create_lease_request_country_alternate(value: str) -> CreateLeaseRequestCountryAlternate:
    if value in CREATE_LEASE_REQUEST_COUNTRY_ALTERNATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_LEASE_REQUEST_COUNTRY_ALTERNATE_VALUES!r}")
