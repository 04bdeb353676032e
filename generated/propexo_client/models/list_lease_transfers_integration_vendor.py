from typing import Literal

ListLeaseTransfersIntegrationVendor = Literal[
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

LIST_LEASE_TRANSFERS_INTEGRATION_VENDOR_VALUES: set[ListLeaseTransfersIntegrationVendor] = {
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


def check_list_lease_transfers_integration_vendor(value: str) -> ListLeaseTransfersIntegrationVendor:
    if value in LIST_LEASE_TRANSFERS_INTEGRATION_VENDOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_LEASE_TRANSFERS_INTEGRATION_VENDOR_VALUES!r}")
