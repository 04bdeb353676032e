from typing import Literal

CreateResidentRequestCountryType0 = Literal["Canada", "United States"]
"""One of Canada, United States."""

CREATE_RESIDENT_REQUEST_COUNTRY_TYPE_0_VALUES: set[CreateResidentRequestCountryType0] = {
    "Canada",
    "United States",
}


def check_create_resident_request_country_type_0(value: str) -> CreateResidentRequestCountryType0:
    if value in CREATE_RESIDENT_REQUEST_COUNTRY_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_RESIDENT_REQUEST_COUNTRY_TYPE_0_VALUES!r}")
