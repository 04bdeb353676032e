from typing import Literal

CreateApplicationRequestBankAccountsItemAccountType = Literal["CHECKING", "SAVINGS"]
"""One of CHECKING, SAVINGS."""

CREATE_APPLICATION_REQUEST_BANK_ACCOUNTS_ITEM_ACCOUNT_TYPE_VALUES: set[
    CreateApplicationRequestBankAccountsItemAccountType
] = {
    "CHECKING",
    "SAVINGS",
}


def check_create_application_request_bank_accounts_item_account_type(
    value: str,
) -> CreateApplicationRequestBankAccountsItemAccountType:
    if value in CREATE_APPLICATION_REQUEST_BANK_ACCOUNTS_ITEM_ACCOUNT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_APPLICATION_REQUEST_BANK_ACCOUNTS_ITEM_ACCOUNT_TYPE_VALUES!r}"
    )
