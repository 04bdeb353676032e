from typing import Literal

V1ResidentPaymentsPostInputPaymentType = Literal[
    "ACH", "Cash", "Cashiers Check", "Check", "Credit Card", "Debit Card", "eCheck", "Money Order"
]
"""One of ACH, Cash, Cashiers Check, Check, Credit Card, Debit Card, eCheck, Money Order."""

V1_RESIDENT_PAYMENTS_POST_INPUT_PAYMENT_TYPE_VALUES: set[V1ResidentPaymentsPostInputPaymentType] = {
    "ACH",
    "Cash",
    "Cashiers Check",
    "Check",
    "Credit Card",
    "Debit Card",
    "eCheck",
    "Money Order",
}


def check_v1_resident_payments_post_input_payment_type(value: str) -> V1ResidentPaymentsPostInputPaymentType:
    if value in V1_RESIDENT_PAYMENTS_POST_INPUT_PAYMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_RESIDENT_PAYMENTS_POST_INPUT_PAYMENT_TYPE_VALUES!r}"
    )
