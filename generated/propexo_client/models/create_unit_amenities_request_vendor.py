from typing import Literal

CreateUnitAmenitiesRequestVendor = Literal[
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

CREATE_UNIT_AMENITIES_REQUEST_VENDOR_VALUES: set[CreateUnitAmenitiesRequestVendor] = {
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


def check_create_unit_amenities_request_vendor(value: str) -> CreateUnitAmenitiesRequestVendor:
    if value in CREATE_UNIT_AMENITIES_REQUEST_VENDOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_UNIT_AMENITIES_REQUEST_VENDOR_VALUES!r}")
