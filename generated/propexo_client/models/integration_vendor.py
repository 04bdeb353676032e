from typing import Literal

IntegrationVendor = (
    Literal[
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
    | str
)
"""One of BUILDIUM, ENTRATA, MRI, PROPERTYWARE, PROPERTYWARE_REST, REALPAGE, REALPAGE_RPX, RENTMANAGER, RENTVINE, RESMAN, SAMPLE1, SAMPLE2; a value the spec does not list is kept as its string."""

INTEGRATION_VENDOR_VALUES: set[str] = {
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


def check_integration_vendor(value: str) -> IntegrationVendor:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
