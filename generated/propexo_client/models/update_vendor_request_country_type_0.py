from typing import Literal

UpdateVendorRequestCountryType0 = Literal["Canada", "United States"]
"""One of Canada, United States."""

UPDATE_VENDOR_REQUEST_COUNTRY_TYPE_0_VALUES: set[UpdateVendorRequestCountryType0] = {
    "Canada",
    "United States",
}


def check_update_vendor_request_country_type_0(value: str) -> UpdateVendorRequestCountryType0:
    if value in UPDATE_VENDOR_REQUEST_COUNTRY_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_VENDOR_REQUEST_COUNTRY_TYPE_0_VALUES!r}")
