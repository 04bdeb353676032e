from typing import Literal

V1RecurringResidentChargesRentmanagerPostInputFrequencyNormalized = Literal["DAILY", "MONTHLY", "WEEKLY"] | str
"""One of DAILY, MONTHLY, WEEKLY; a value the spec does not list is kept as its string."""

V1_RECURRING_RESIDENT_CHARGES_RENTMANAGER_POST_INPUT_FREQUENCY_NORMALIZED_VALUES: set[str] = {
    "DAILY",
    "MONTHLY",
    "WEEKLY",
}


def check_v1_recurring_resident_charges_rentmanager_post_input_frequency_normalized(
    value: str,
) -> V1RecurringResidentChargesRentmanagerPostInputFrequencyNormalized:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
