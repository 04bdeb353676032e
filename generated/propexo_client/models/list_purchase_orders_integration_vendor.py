from typing import Literal

ListPurchaseOrdersIntegrationVendor = Literal[
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

LIST_PURCHASE_ORDERS_INTEGRATION_VENDOR_VALUES: set[ListPurchaseOrdersIntegrationVendor] = {
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


def check_list_purchase_orders_integration_vendor(value: str) -> ListPurchaseOrdersIntegrationVendor:
    if value in LIST_PURCHASE_ORDERS_INTEGRATION_VENDOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PURCHASE_ORDERS_INTEGRATION_VENDOR_VALUES!r}")
