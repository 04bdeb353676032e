from typing import Literal

GetIntegrationResponseResultsType0Vendor = (
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

GET_INTEGRATION_RESPONSE_RESULTS_TYPE_0_VENDOR_VALUES: set[str] = {
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


def check_get_integration_response_results_type_0_vendor(value: str) -> GetIntegrationResponseResultsType0Vendor:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
