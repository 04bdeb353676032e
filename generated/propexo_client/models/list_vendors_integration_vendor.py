from typing import Literal

ListVendorsIntegrationVendor = Literal[
    "BUILDIUM",
    "ENTRATA",
    "MRI",
    "PROPERTYWARE",
    "PROPERTYWARE_REST",
    "REALPAGE",
    "REALPAGE_RPX",
    "RENTMANAGER",
    "RENTVINE",
    "RESMAN",
    "SAMPLE1",
    "SAMPLE2",
]
"""One of BUILDIUM, ENTRATA, MRI, PROPERTYWARE, PROPERTYWARE_REST, REALPAGE, REALPAGE_RPX, RENTMANAGER, RENTVINE, RESMAN, SAMPLE1, SAMPLE2."""

LIST_VENDORS_INTEGRATION_VENDOR_VALUES: set[ListVendorsIntegrationVendor] = {
    "BUILDIUM",
    "ENTRATA",
    "MRI",
    "PROPERTYWARE",
    "PROPERTYWARE_REST",
    "REALPAGE",
    "REALPAGE_RPX",
    "RENTMANAGER",
    "RENTVINE",
    "RESMAN",
    "SAMPLE1",
    "SAMPLE2",
}


def check_list_vendors_integration_vendor(value: str) -> ListVendorsIntegrationVendor:
    if value in LIST_VENDORS_INTEGRATION_VENDOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_VENDORS_INTEGRATION_VENDOR_VALUES!r}")
