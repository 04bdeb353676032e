from typing import Literal

V1AdminUsersGetOutputResultsItemRolesItem = Literal["ADMIN", "DEVELOPER", "READ_ONLY", "SUPPORT"] | str
"""One of ADMIN, DEVELOPER, READ_ONLY, SUPPORT; a value the spec does not list is kept as its string."""

V1_ADMIN_USERS_GET_OUTPUT_RESULTS_ITEM_ROLES_ITEM_VALUES: set[str] = {
    "ADMIN",
    "DEVELOPER",
    "READ_ONLY",
    "SUPPORT",
}


def check_v1_admin_users_get_output_results_item_roles_item(value: str) -> V1AdminUsersGetOutputResultsItemRolesItem:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
