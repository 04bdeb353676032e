from typing import Literal

V1PayableRegistersPostInputInvoiceStatus = Literal["APPROVED", "KEYED", "OTHER", "POSTED", "READY", "WORKFLOW"]
"""One of APPROVED, KEYED, OTHER, POSTED, READY, WORKFLOW."""

V1_PAYABLE_REGISTERS_POST_INPUT_INVOICE_STATUS_VALUES: set[V1PayableRegistersPostInputInvoiceStatus] = {
    "APPROVED",
    "KEYED",
    "OTHER",
    "POSTED",
    "READY",
    "WORKFLOW",
}


def check_v1_payable_registers_post_input_invoice_status(value: str) -> V1PayableRegistersPostInputInvoiceStatus:
    if value in V1_PAYABLE_REGISTERS_POST_INPUT_INVOICE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_PAYABLE_REGISTERS_POST_INPUT_INVOICE_STATUS_VALUES!r}"
    )
