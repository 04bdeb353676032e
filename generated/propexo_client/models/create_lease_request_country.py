from typing import Literal

CreateLeaseRequestCountry = Literal["US"]
"""One of US."""

CREATE_LEASE_REQUEST_COUNTRY_VALUES: set[CreateLeaseRequestCountry] = {
    "US",
}


def check_create_lease_request_country(value: str) -> CreateLeaseRequestCountry:
    if value in CREATE_LEASE_REQUEST_COUNTRY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_LEASE_REQUEST_COUNTRY_VALUES!r}")
