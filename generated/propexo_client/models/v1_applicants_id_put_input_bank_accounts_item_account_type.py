from typing import Literal

V1ApplicantsIdPutInputBankAccountsItemAccountType = Literal["CHECKING", "SAVINGS"]
"""One of CHECKING, SAVINGS."""

V1_APPLICANTS_ID_PUT_INPUT_BANK_ACCOUNTS_ITEM_ACCOUNT_TYPE_VALUES: set[
    V1ApplicantsIdPutInputBankAccountsItemAccountType
] = {
    "CHECKING",
    "SAVINGS",
}


def check_v1_applicants_id_put_input_bank_accounts_item_account_type(
    value: str,
) -> V1ApplicantsIdPutInputBankAccountsItemAccountType:
    if value in V1_APPLICANTS_ID_PUT_INPUT_BANK_ACCOUNTS_ITEM_ACCOUNT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_APPLICANTS_ID_PUT_INPUT_BANK_ACCOUNTS_ITEM_ACCOUNT_TYPE_VALUES!r}"
    )
