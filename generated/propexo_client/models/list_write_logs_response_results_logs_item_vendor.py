from typing import Literal

ListWriteLogsResponseResultsLogsItemVendor = (
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

LIST_WRITE_LOGS_RESPONSE_RESULTS_LOGS_ITEM_VENDOR_VALUES: set[str] = {
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


def check_list_write_logs_response_results_logs_item_vendor(value: str) -> ListWriteLogsResponseResultsLogsItemVendor:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
