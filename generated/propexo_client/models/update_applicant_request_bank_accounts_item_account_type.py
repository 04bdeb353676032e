from typing import Literal

UpdateApplicantRequestBankAccountsItemAccountType = Literal["CHECKING", "SAVINGS"]
"""One of CHECKING, SAVINGS."""

UPDATE_APPLICANT_REQUEST_BANK_ACCOUNTS_ITEM_ACCOUNT_TYPE_VALUES: set[
    UpdateApplicantRequestBankAccountsItemAccountType
] = {
    "CHECKING",
    "SAVINGS",
}


def check_update_applicant_request_bank_accounts_item_account_type(
    value: str,
) -> UpdateApplicantRequestBankAccountsItemAccountType:
    if value in UPDATE_APPLICANT_REQUEST_BANK_ACCOUNTS_ITEM_ACCOUNT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_APPLICANT_REQUEST_BANK_ACCOUNTS_ITEM_ACCOUNT_TYPE_VALUES!r}"
    )
