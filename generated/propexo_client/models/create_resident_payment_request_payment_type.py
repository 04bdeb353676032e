from typing import Literal

CreateResidentPaymentRequestPaymentType = Literal[
    "ACH", "Cash", "Cashiers Check", "Check", "Credit Card", "Debit Card", "eCheck", "Money Order"
]
"""One of ACH, Cash, Cashiers Check, Check, Credit Card, Debit Card, eCheck, Money Order."""

CREATE_RESIDENT_PAYMENT_REQUEST_PAYMENT_TYPE_VALUES: set[CreateResidentPaymentRequestPaymentType] = {
    "ACH",
    "Cash",
    "Cashiers Check",
    "Check",
    "Credit Card",
    "Debit Card",
    "eCheck",
    "Money Order",
}


def check_create_resident_payment_request_payment_type(value: str) -> CreateResidentPaymentRequestPaymentType:
    if value in CREATE_RESIDENT_PAYMENT_REQUEST_PAYMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_RESIDENT_PAYMENT_REQUEST_PAYMENT_TYPE_VALUES!r}"
    )
