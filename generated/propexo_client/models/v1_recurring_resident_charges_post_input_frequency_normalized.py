from typing import Literal

V1RecurringResidentChargesPostInputFrequencyNormalized = Literal["DAILY", "MONTHLY", "WEEKLY"]
"""One of DAILY, MONTHLY, WEEKLY."""

V1_RECURRING_RESIDENT_CHARGES_POST_INPUT_FREQUENCY_NORMALIZED_VALUES: set[
    V1RecurringResidentChargesPostInputFrequencyNormalized
] = {
    "DAILY",
    "MONTHLY",
    "WEEKLY",
}


def check_v1_recurring_resident_charges_post_input_frequency_normalized(
    value: str,
) -> V1RecurringResidentChargesPostInputFrequencyNormalized:
    if value in V1_RECURRING_RESIDENT_CHARGES_POST_INPUT_FREQUENCY_NORMALIZED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_RECURRING_RESIDENT_CHARGES_POST_INPUT_FREQUENCY_NORMALIZED_VALUES!r}"
    )
