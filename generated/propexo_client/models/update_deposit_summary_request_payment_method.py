from typing import Literal

UpdateDepositSummaryRequestPaymentMethod = Literal["CHECK", "EFT"]
"""One of CHECK, EFT."""

UPDATE_DEPOSIT_SUMMARY_REQUEST_PAYMENT_METHOD_VALUES: set[UpdateDepositSummaryRequestPaymentMethod] = {
    "CHECK",
    "EFT",
}


def check_update_deposit_summary_request_payment_method(value: str) -> UpdateDepositSummaryRequestPaymentMethod:
    if value in UPDATE_DEPOSIT_SUMMARY_REQUEST_PAYMENT_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_DEPOSIT_SUMMARY_REQUEST_PAYMENT_METHOD_VALUES!r}"
    )
