from typing import Literal

RecurringResidentChargeFrequencyNormalized = Literal["DAILY", "MONTHLY", "OTHER", "WEEKLY"]

RECURRING_RESIDENT_CHARGE_FREQUENCY_NORMALIZED_VALUES: set[RecurringResidentChargeFrequencyNormalized] = {
    "DAILY",
    "MONTHLY",
    "OTHER",
    "WEEKLY",
}


def check_recurring_resident_charge_frequency_normalized(value: str) -> RecurringResidentChargeFrequencyNormalized:
    if value in RECURRING_RESIDENT_CHARGE_FREQUENCY_NORMALIZED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RECURRING_RESIDENT_CHARGE_FREQUENCY_NORMALIZED_VALUES!r}"
    )
