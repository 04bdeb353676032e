from typing import Literal

ListServiceRequestCategoriesIntegrationVendor = Literal[
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

LIST_SERVICE_REQUEST_CATEGORIES_INTEGRATION_VENDOR_VALUES: set[ListServiceRequestCategoriesIntegrationVendor] = {
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


def check_list_service_request_categories_integration_vendor(
    value: str,
) -> ListServiceRequestCategoriesIntegrationVendor:
    if value in LIST_SERVICE_REQUEST_CATEGORIES_INTEGRATION_VENDOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_SERVICE_REQUEST_CATEGORIES_INTEGRATION_VENDOR_VALUES!r}"
    )
