from typing import Literal

V1DepositSummariesDepositSummaryIdPutInputPaymentMethod = Literal["CHECK", "EFT"]
"""One of CHECK, EFT."""

V1_DEPOSIT_SUMMARIES_DEPOSIT_SUMMARY_ID_PUT_INPUT_PAYMENT_METHOD_VALUES: set[
    V1DepositSummariesDepositSummaryIdPutInputPaymentMethod
] = {
    "CHECK",
    "EFT",
}


def check_v1_deposit_summaries_deposit_summary_id_put_input_payment_method(
    value: str,
) -> V1DepositSummariesDepositSummaryIdPutInputPaymentMethod:
    if value in V1_DEPOSIT_SUMMARIES_DEPOSIT_SUMMARY_ID_PUT_INPUT_PAYMENT_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_DEPOSIT_SUMMARIES_DEPOSIT_SUMMARY_ID_PUT_INPUT_PAYMENT_METHOD_VALUES!r}"
    )
