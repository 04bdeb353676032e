from typing import Literal

V1AdminIntegrationsPostOutputResultVendor = Literal[
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

V1_ADMIN_INTEGRATIONS_POST_OUTPUT_RESULT_VENDOR_VALUES: set[V1AdminIntegrationsPostOutputResultVendor] = {
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
    if value in V1_ADMIN_INTEGRATIONS_POST_OUTPUT_RESULT_VENDOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_ADMIN_INTEGRATIONS_POST_OUTPUT_RESULT_VENDOR_VALUES!r}"
    )
