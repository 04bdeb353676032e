from typing import Literal

SyncCadence = Literal["DAY", "HOUR", "MINUTE", "MONTH", "SECOND", "WEEK"] | str
"""One of DAY, HOUR, MINUTE, MONTH, SECOND, WEEK; a value the spec does not list is kept as its string."""

SYNC_CADENCE_VALUES: set[str] = {
    "DAY",
    "HOUR",
    "MINUTE",
    "MONTH",
    "SECOND",
    "WEEK",
}


def check_sync_cadence(value: str) -> SyncCadence:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
