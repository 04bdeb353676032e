from typing import Literal

UpdateRecurringResidentChargeRentmanagerRequestFrequencyNormalized = Literal["DAILY", "MONTHLY", "WEEKLY"] | str
"""One of DAILY, MONTHLY, WEEKLY; a value the spec does not list is kept as its string."""

UPDATE_RECURRING_RESIDENT_CHARGE_RENTMANAGER_REQUEST_FREQUENCY_NORMALIZED_VALUES: set[str] = {
    "DAILY",
    "MONTHLY",
    "WEEKLY",
}


def check_update_recurring_resident_charge_rentmanager_request_frequency_normalized(
    value: str,
) -> UpdateRecurringResidentChargeRentmanagerRequestFrequencyNormalized:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
