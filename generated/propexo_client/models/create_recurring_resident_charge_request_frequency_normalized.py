from typing import Literal

CreateRecurringResidentChargeRequestFrequencyNormalized = Literal["DAILY", "MONTHLY", "WEEKLY"]
"""One of DAILY, MONTHLY, WEEKLY."""

CREATE_RECURRING_RESIDENT_CHARGE_REQUEST_FREQUENCY_NORMALIZED_VALUES: set[
    CreateRecurringResidentChargeRequestFrequencyNormalized
] = {
    "DAILY",
    "MONTHLY",
    "WEEKLY",
}


def check_create_recurring_resident_charge_request_frequency_normalized(
    value: str,
) -> CreateRecurringResidentChargeRequestFrequencyNormalized:
    if value in CREATE_RECURRING_RESIDENT_CHARGE_REQUEST_FREQUENCY_NORMALIZED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_RECURRING_RESIDENT_CHARGE_REQUEST_FREQUENCY_NORMALIZED_VALUES!r}"
    )
