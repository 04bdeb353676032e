from typing import Literal

V1AdminUsersIdGetOutputResultsType0RolesItem = Literal["ADMIN", "DEVELOPER", "READ_ONLY", "SUPPORT"]

V1_ADMIN_USERS_ID_GET_OUTPUT_RESULTS_TYPE_0_ROLES_ITEM_VALUES: set[V1AdminUsersIdGetOutputResultsType0RolesItem] = {
    "ADMIN",
    "DEVELOPER",
    "READ_ONLY",
    "SUPPORT",
}


def check_v1_admin_users_id_get_output_results_type_0_roles_item(
    value: str,
) -> V1AdminUsersIdGetOutputResultsType0RolesItem:
    if value in V1_ADMIN_USERS_ID_GET_OUTPUT_RESULTS_TYPE_0_ROLES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_ADMIN_USERS_ID_GET_OUTPUT_RESULTS_TYPE_0_ROLES_ITEM_VALUES!r}"
    )
