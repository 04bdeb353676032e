from typing import Literal

BankAccountsItemAccountType = Literal["CHECKING", "SAVINGS"]
"""One of CHECKING, SAVINGS."""

BANK_ACCOUNTS_ITEM_ACCOUNT_TYPE_VALUES: set[BankAccountsItemAccountType] = {
    "CHECKING",
    "SAVINGS",
}


def check_bank_accounts_item_account_type(value: str) -> BankAccountsItemAccountType:
    if value in BANK_ACCOUNTS_ITEM_ACCOUNT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BANK_ACCOUNTS_ITEM_ACCOUNT_TYPE_VALUES!r}")
