from typing import Literal

V1AdminIntegrationsGetOutputResultsItemVendor = Literal[
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

V1_ADMIN_INTEGRATIONS_GET_OUTPUT_RESULTS_ITEM_VENDOR_VALUES: set[V1AdminIntegrationsGetOutputResultsItemVendor] = {
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


def check_v1_admin_integrations_get_output_results_item_vendor(
    value: str,
) -> V1AdminIntegrationsGetOutputResultsItemVendor:
    if value in V1_ADMIN_INTEGRATIONS_GET_OUTPUT_RESULTS_ITEM_VENDOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_ADMIN_INTEGRATIONS_GET_OUTPUT_RESULTS_ITEM_VENDOR_VALUES!r}"
    )
