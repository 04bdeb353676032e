from typing import Literal

UpdateRecurringResidentChargeRequestFrequencyNormalized = Literal["DAILY", "MONTHLY", "WEEKLY"]
"""One of DAILY, MONTHLY, WEEKLY."""

UPDATE_RECURRING_RESIDENT_CHARGE_REQUEST_FREQUENCY_NORMALIZED_VALUES: set[
    UpdateRecurringResidentChargeRequestFrequencyNormalized
] = {
    "DAILY",
    "MONTHLY",
    "WEEKLY",
}


def check_update_recurring_resident_charge_request_frequency_normalized(
    value: str,
) -> UpdateRecurringResidentChargeRequestFrequencyNormalized:
    if value in UPDATE_RECURRING_RESIDENT_CHARGE_REQUEST_FREQUENCY_NORMALIZED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_RECURRING_RESIDENT_CHARGE_REQUEST_FREQUENCY_NORMALIZED_VALUES!r}"
    )
