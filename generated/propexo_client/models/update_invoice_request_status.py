from typing import Literal

UpdateInvoiceRequestStatus = Literal["HOLD", "PAY", "RELEASE"]
"""One of HOLD, PAY, RELEASE."""

UPDATE_INVOICE_REQUEST_STATUS_VALUES: set[UpdateInvoiceRequestStatus] = {
    "HOLD",
    "PAY",
    "RELEASE",
}


def check_update_invoice_request_status(value: str) -> UpdateInvoiceRequestStatus:
    if value in UPDATE_INVOICE_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_INVOICE_REQUEST_STATUS_VALUES!r}")
