from typing import Literal

V1InvoicesInvoiceIdPutInputStatus = Literal["HOLD", "PAY", "RELEASE"]
"""One of HOLD, PAY, RELEASE."""

V1_INVOICES_INVOICE_ID_PUT_INPUT_STATUS_VALUES: set[V1InvoicesInvoiceIdPutInputStatus] = {
    "HOLD",
    "PAY",
    "RELEASE",
}


def check_v1_invoices_invoice_id_put_input_status(value: str) -> V1InvoicesInvoiceIdPutInputStatus:
    if value in V1_INVOICES_INVOICE_ID_PUT_INPUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_INVOICES_INVOICE_ID_PUT_INPUT_STATUS_VALUES!r}")
