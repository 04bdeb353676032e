from typing import Literal

CreatePayableRegisterRequestInvoiceStatus = Literal["APPROVED", "KEYED", "OTHER", "POSTED", "READY", "WORKFLOW"]
"""One of APPROVED, KEYED, OTHER, POSTED, READY, WORKFLOW."""

CREATE_PAYABLE_REGISTER_REQUEST_INVOICE_STATUS_VALUES: set[CreatePayableRegisterRequestInvoiceStatus] = {
    "APPROVED",
    "KEYED",
    "OTHER",
    "POSTED",
    "READY",
    "WORKFLOW",
}


def check_create_payable_register_request_invoice_status(value: str) -> CreatePayableRegisterRequestInvoiceStatus:
    if value in CREATE_PAYABLE_REGISTER_REQUEST_INVOICE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_PAYABLE_REGISTER_REQUEST_INVOICE_STATUS_VALUES!r}"
    )
