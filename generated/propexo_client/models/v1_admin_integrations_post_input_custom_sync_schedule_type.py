from typing import Literal

V1AdminIntegrationsPostInputCustomSyncScheduleType = Literal["WEEK_BASED"]
"""One of WEEK_BASED."""

V1_ADMIN_INTEGRATIONS_POST_INPUT_CUSTOM_SYNC_SCHEDULE_TYPE_VALUES: set[
    V1AdminIntegrationsPostInputCustomSyncScheduleType
] = {
    "WEEK_BASED",
}


def check_v1_admin_integrations_post_input_custom_sync_schedule_type(
    value: str,
) -> V1AdminIntegrationsPostInputCustomSyncScheduleType:
    if value in V1_ADMIN_INTEGRATIONS_POST_INPUT_CUSTOM_SYNC_SCHEDULE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_ADMIN_INTEGRATIONS_POST_INPUT_CUSTOM_SYNC_SCHEDULE_TYPE_VALUES!r}"
    )
