from typing import Literal

V1AdminUsersIdGetOutputResultsType0RolesItem = Literal["ADMIN", "DEVELOPER", "READ_ONLY", "SUPPORT"] | str
"""One of ADMIN, DEVELOPER, READ_ONLY, SUPPORT; a value the spec does not list is kept as its string."""

V1_ADMIN_USERS_ID_GET_OUTPUT_RESULTS_TYPE_0_ROLES_ITEM_VALUES: set[str] = {
    "ADMIN",
    "DEVELOPER",
    "READ_ONLY",
    "SUPPORT",
}


def check_v1_admin_users_id_get_output_results_type_0_roles_item(
    value: str,
) -> V1AdminUsersIdGetOutputResultsType0RolesItem:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
