from typing import Literal

RecurringResidentChargeFrequencyNormalized = Literal["DAILY", "MONTHLY", "OTHER", "WEEKLY"] | str
"""One of DAILY, MONTHLY, OTHER, WEEKLY; a value the spec does not list is kept as its string."""

RECURRING_RESIDENT_CHARGE_FREQUENCY_NORMALIZED_VALUES: set[str] = {
    "DAILY",
    "MONTHLY",
    "OTHER",
    "WEEKLY",
}


def check_recurring_resident_charge_frequency_normalized(value: str) -> RecurringResidentChargeFrequencyNormalized:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
