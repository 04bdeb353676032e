from typing import Literal

V1VendorsVendorIdPutInputCountryType0 = Literal["Canada", "United States"]
"""One of Canada, United States."""

V1_VENDORS_VENDOR_ID_PUT_INPUT_COUNTRY_TYPE_0_VALUES: set[V1VendorsVendorIdPutInputCountryType0] = {
    "Canada",
    "United States",
}


def check_v1_vendors_vendor_id_put_input_country_type_0(value: str) -> V1VendorsVendorIdPutInputCountryType0:
    if value in V1_VENDORS_VENDOR_ID_PUT_INPUT_COUNTRY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_VENDORS_VENDOR_ID_PUT_INPUT_COUNTRY_TYPE_0_VALUES!r}"
    )
