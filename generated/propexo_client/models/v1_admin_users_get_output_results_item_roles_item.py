from typing import Literal

V1AdminUsersGetOutputResultsItemRolesItem = Literal["ADMIN", "DEVELOPER", "READ_ONLY", "SUPPORT"]

V1_ADMIN_USERS_GET_OUTPUT_RESULTS_ITEM_ROLES_ITEM_VALUES: set[V1AdminUsersGetOutputResultsItemRolesItem] = {
    "ADMIN",
    "DEVELOPER",
    "READ_ONLY",
    "SUPPORT",
}


def check_v1_admin_users_get_output_results_item_roles_item(value: str) -> V1AdminUsersGetOutputResultsItemRolesItem:
    if value in V1_ADMIN_USERS_GET_OUTPUT_RESULTS_ITEM_ROLES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_ADMIN_USERS_GET_OUTPUT_RESULTS_ITEM_ROLES_ITEM_VALUES!r}"
    )
