from typing import Literal

CreateApplicantRequestBankAccountsItemAccountType = Literal["CHECKING", "SAVINGS"]
"""One of CHECKING, SAVINGS."""

CREATE_APPLICANT_REQUEST_BANK_ACCOUNTS_ITEM_ACCOUNT_TYPE_VALUES: set[
    CreateApplicantRequestBankAccountsItemAccountType
] = {
    "CHECKING",
    "SAVINGS",
}


def check_create_applicant_request_bank_accounts_item_account_type(
    value: str,
) -> CreateApplicantRequestBankAccountsItemAccountType:
    if value in CREATE_APPLICANT_REQUEST_BANK_ACCOUNTS_ITEM_ACCOUNT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_APPLICANT_REQUEST_BANK_ACCOUNTS_ITEM_ACCOUNT_TYPE_VALUES!r}"
    )
