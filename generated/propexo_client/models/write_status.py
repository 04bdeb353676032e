from typing import Literal

WriteStatus = Literal["FAILURE", "PARTIAL_SUCCESS", "PENDING", "SUCCESS"] | str
"""One of FAILURE, PARTIAL_SUCCESS, PENDING, SUCCESS; a value the spec does not list is kept as its string."""

WRITE_STATUS_VALUES: set[str] = {
    "FAILURE",
    "PARTIAL_SUCCESS",
    "PENDING",
    "SUCCESS",
}


def check_write_status(value: str) -> WriteStatus:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
