from typing import Literal

IntegrationVendorEnum = (
    Literal[
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
    | str
)
"""One of BUILDIUM, ENTRATA, FUNNEL, KNOCK, MRI, PROPERTYWARE, PROPERTYWARE_REST, REALPAGE, REALPAGE_RPX, RENTMANAGER, RENTVINE, RESMAN, SAMPLE1, SAMPLE2, SAMPLE3; a value the spec does not list is kept as its string."""

INTEGRATION_VENDOR_ENUM_VALUES: set[str] = {
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


def check_integration_vendor_enum(value: str) -> IntegrationVendorEnum:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
