from typing import Literal

V1AdminIntegrationsPostOutputResultVendor = (
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

V1_ADMIN_INTEGRATIONS_POST_OUTPUT_RESULT_VENDOR_VALUES: set[str] = {
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


def check_v1_admin_integrations_post_output_result_vendor(value: str) -> V1AdminIntegrationsPostOutputResultVendor:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
