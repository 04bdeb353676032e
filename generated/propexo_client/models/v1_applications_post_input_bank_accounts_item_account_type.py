from typing import Literal

V1ApplicationsPostInputBankAccountsItemAccountType = Literal["CHECKING", "SAVINGS"]
"""One of CHECKING, SAVINGS."""

V1_APPLICATIONS_POST_INPUT_BANK_ACCOUNTS_ITEM_ACCOUNT_TYPE_VALUES: set[
    V1ApplicationsPostInputBankAccountsItemAccountType
] = {
    "CHECKING",
    "SAVINGS",
}


def check_v1_applications_post_input_bank_accounts_item_account_type(
    value: str,
) -> V1ApplicationsPostInputBankAccountsItemAccountType:
    if value in V1_APPLICATIONS_POST_INPUT_BANK_ACCOUNTS_ITEM_ACCOUNT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_APPLICATIONS_POST_INPUT_BANK_ACCOUNTS_ITEM_ACCOUNT_TYPE_VALUES!r}"
    )
