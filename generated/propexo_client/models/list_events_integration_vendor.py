from typing import Literal

ListEventsIntegrationVendor = Literal[
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

LIST_EVENTS_INTEGRATION_VENDOR_VALUES: set[ListEventsIntegrationVendor] = {
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


def check_list_events_integration_vendor(value: str) -> ListEventsIntegrationVendor:
    if value in LIST_EVENTS_INTEGRATION_VENDOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EVENTS_INTEGRATION_VENDOR_VALUES!r}")
