from typing import Literal

CreatePropertyAmenitiesRequestVendor = Literal[
    "BUILDIUM",
    "ENTRATA",
    "FUNNEL",
    "KNOCK",
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
    "SAMPLE3",
]
"""One of BUILDIUM, ENTRATA, FUNNEL, KNOCK, MRI, PROPERTYWARE, PROPERTYWARE_REST, REALPAGE, REALPAGE_RPX, RENTMANAGER, RENTVINE, RESMAN, SAMPLE1, SAMPLE2, SAMPLE3."""

CREATE_PROPERTY_AMENITIES_REQUEST_VENDOR_VALUES: set[CreatePropertyAmenitiesRequestVendor] = {
    "BUILDIUM",
    "ENTRATA",
    "FUNNEL",
    "KNOCK",
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
    "SAMPLE3",
}


def check_create_property_amenities_request_vendor(value: str) -> CreatePropertyAmenitiesRequestVendor:
    if value in CREATE_PROPERTY_AMENITIES_REQUEST_VENDOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_PROPERTY_AMENITIES_REQUEST_VENDOR_VALUES!r}")
