from typing import Literal

V1AdminIntegrationsIntegrationIdGetOutputResultsType0Vendor = Literal[
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

V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_GET_OUTPUT_RESULTS_TYPE_0_VENDOR_VALUES: set[
    V1AdminIntegrationsIntegrationIdGetOutputResultsType0Vendor
] = {
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


def check_v1_admin_integrations_integration_id_get_output_results_type_0_vendor(
    value: str,
) -> V1AdminIntegrationsIntegrationIdGetOutputResultsType0Vendor:
    if value in V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_GET_OUTPUT_RESULTS_TYPE_0_VENDOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_GET_OUTPUT_RESULTS_TYPE_0_VENDOR_VALUES!r}"
    )
