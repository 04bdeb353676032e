from typing import Literal

V1AdminIntegrationsPostOutputResultCustomSyncScheduleType = Literal["WEEK_BASED"] | str
"""One of WEEK_BASED; a value the spec does not list is kept as its string."""

V1_ADMIN_INTEGRATIONS_POST_OUTPUT_RESULT_CUSTOM_SYNC_SCHEDULE_TYPE_VALUES: set[str] = {
    "WEEK_BASED",
}


def check_v1_admin_integrations_post_output_result_custom_sync_schedule_type(
    value: str,
) -> V1AdminIntegrationsPostOutputResultCustomSyncScheduleType:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
