from typing import Literal

V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType0Status = (
    Literal["FAILED", "PROCESSING", "SUCCESS"] | str
)
"""One of FAILED, PROCESSING, SUCCESS; a value the spec does not list is kept as its string."""

V1_ADMIN_INTEGRATIONS_INTEGRATION_ID_DATA_ACCESS_GET_OUTPUT_RESULT_MODELS_ADDITIONAL_PROPERTY_READ_TYPE_0_STATUS_VALUES: set[
    str
] = {
    "FAILED",
    "PROCESSING",
    "SUCCESS",
}


def check_v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_read_type_0_status(
    value: str,
) -> V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType0Status:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
