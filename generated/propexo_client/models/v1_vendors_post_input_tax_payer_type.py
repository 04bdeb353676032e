from typing import Literal

V1VendorsPostInputTaxPayerType = Literal["EIN", "SSN"]
"""One of EIN, SSN."""

V1_VENDORS_POST_INPUT_TAX_PAYER_TYPE_VALUES: set[V1VendorsPostInputTaxPayerType] = {
    "EIN",
    "SSN",
}


def check_v1_vendors_post_input_tax_payer_type(value: str) -> V1VendorsPostInputTaxPayerType:
    if value in V1_VENDORS_POST_INPUT_TAX_PAYER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_VENDORS_POST_INPUT_TAX_PAYER_TYPE_VALUES!r}")
