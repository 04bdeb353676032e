from typing import Literal

V1ApplicantsPostInputBankAccountsItemAccountType = Literal["CHECKING", "SAVINGS"]
"""One of CHECKING, SAVINGS."""

V1_APPLICANTS_POST_INPUT_BANK_ACCOUNTS_ITEM_ACCOUNT_TYPE_VALUES: set[
    V1ApplicantsPostInputBankAccountsItemAccountType
] = {
    "CHECKING",
    "SAVINGS",
}


def check_v1_applicants_post_input_bank_accounts_item_account_type(
    value: str,
) -> V1ApplicantsPostInputBankAccountsItemAccountType:
    if value in V1_APPLICANTS_POST_INPUT_BANK_ACCOUNTS_ITEM_ACCOUNT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_APPLICANTS_POST_INPUT_BANK_ACCOUNTS_ITEM_ACCOUNT_TYPE_VALUES!r}"
    )
