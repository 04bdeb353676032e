from typing import Literal

MaxRequestCadence = Literal["DAY", "HOUR", "MINUTE", "MONTH", "SECOND", "WEEK"] | str
"""One of DAY, HOUR, MINUTE, MONTH, SECOND, WEEK; a value the spec does not list is kept as its string."""

MAX_REQUEST_CADENCE_VALUES: set[str] = {
    "DAY",
    "HOUR",
    "MINUTE",
    "MONTH",
    "SECOND",
    "WEEK",
}


def check_max_request_cadence(value: str) -> MaxRequestCadence:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
