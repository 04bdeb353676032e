from typing import Literal

ListLocationsRentmanagerIntegrationVendor = Literal[
    "APPFOLIO",
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
    "YARDI",
    "YARDI_REST",
]
"""One of APPFOLIO, BUILDIUM, ENTRATA, MRI, PROPERTYWARE, PROPERTYWARE_REST, REALPAGE, REALPAGE_RPX, RENTMANAGER, RENTVINE, RESMAN, YARDI, YARDI_REST."""

LIST_LOCATIONS_RENTMANAGER_INTEGRATION_VENDOR_VALUES: set[ListLocationsRentmanagerIntegrationVendor] = {
    "APPFOLIO",
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
    "YARDI",
    "YARDI_REST",
}


def check_list_locations_rentmanager_integration_vendor(value: str) -> ListLocationsRentmanagerIntegrationVendor:
    if value in LIST_LOCATIONS_RENTMANAGER_INTEGRATION_VENDOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_LOCATIONS_RENTMANAGER_INTEGRATION_VENDOR_VALUES!r}"
    )
