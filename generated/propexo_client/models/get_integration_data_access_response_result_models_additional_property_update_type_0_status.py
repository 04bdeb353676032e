from typing import Literal

GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType0Status = (
    Literal["FAILED", "PROCESSING", "SUCCESS"] | str
)
"""One of FAILED, PROCESSING, SUCCESS; a value the spec does not list is kept as its string."""

GET_INTEGRATION_DATA_ACCESS_RESPONSE_RESULT_MODELS_ADDITIONAL_PROPERTY_UPDATE_TYPE_0_STATUS_VALUES: set[str] = {
    "FAILED",
    "PROCESSING",
    "SUCCESS",
}


def check_get_integration_data_access_response_result_models_additional_property_update_type_0_status(
    value: str,
) -> GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType0Status:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
