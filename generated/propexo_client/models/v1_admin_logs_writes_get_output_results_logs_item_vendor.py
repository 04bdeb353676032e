from typing import Literal

V1AdminLogsWritesGetOutputResultsLogsItemVendor = (
    Literal[
        "BUILDIUM",
        "ENTRATA",
        "FUNNEL",
        "INTERNAL",
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
"""One of BUILDIUM, ENTRATA, FUNNEL, INTERNAL, KNOCK, MRI, PROPERTYWARE, PROPERTYWARE_REST, REALPAGE, REALPAGE_RPX, RENTMANAGER, RENTVINE, RESMAN, SAMPLE1, SAMPLE2, SAMPLE3; a value the spec does not list is kept as its string."""

V1_ADMIN_LOGS_WRITES_GET_OUTPUT_RESULTS_LOGS_ITEM_VENDOR_VALUES: set[str] = {
    "BUILDIUM",
    "ENTRATA",
    "FUNNEL",
    "INTERNAL",
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


def check_v1_admin_logs_writes_get_output_results_logs_item_vendor(
    value: str,
) -> V1AdminLogsWritesGetOutputResultsLogsItemVendor:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
