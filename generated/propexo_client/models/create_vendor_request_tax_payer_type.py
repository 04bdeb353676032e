from typing import Literal

CreateVendorRequestTaxPayerType = Literal["EIN", "SSN"]
"""One of EIN, SSN."""

CREATE_VENDOR_REQUEST_TAX_PAYER_TYPE_VALUES: set[CreateVendorRequestTaxPayerType] = {
    "EIN",
    "SSN",
}


def check_create_vendor_request_tax_payer_type(value: str) -> CreateVendorRequestTaxPayerType:
    if value in CREATE_VENDOR_REQUEST_TAX_PAYER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_VENDOR_REQUEST_TAX_PAYER_TYPE_VALUES!r}")
