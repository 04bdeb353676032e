from typing import Literal

V1AdminLogsWritesGetOutputResultsLogsItemVendor = Literal[
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

V1_ADMIN_LOGS_WRITES_GET_OUTPUT_RESULTS_LOGS_ITEM_VENDOR_VALUES: set[
    V1AdminLogsWritesGetOutputResultsLogsItemVendor
] = {
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
    if value in V1_ADMIN_LOGS_WRITES_GET_OUTPUT_RESULTS_LOGS_ITEM_VENDOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_ADMIN_LOGS_WRITES_GET_OUTPUT_RESULTS_LOGS_ITEM_VENDOR_VALUES!r}"
    )
