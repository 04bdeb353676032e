from typing import Literal

DataDiffEventType = Literal["NEW", "UPDATE"] | str
"""One of NEW, UPDATE; a value the spec does not list is kept as its string."""

DATA_DIFF_EVENT_TYPE_VALUES: set[str] = {
    "NEW",
    "UPDATE",
}


def check_data_diff_event_type(value: str) -> DataDiffEventType:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
