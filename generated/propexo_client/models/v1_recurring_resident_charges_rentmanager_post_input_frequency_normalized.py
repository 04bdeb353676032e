from typing import Literal

V1RecurringResidentChargesRentmanagerPostInputFrequencyNormalized = Literal["DAILY", "MONTHLY", "WEEKLY"]

V1_RECURRING_RESIDENT_CHARGES_RENTMANAGER_POST_INPUT_FREQUENCY_NORMALIZED_VALUES: set[
    V1RecurringResidentChargesRentmanagerPostInputFrequencyNormalized
] = {
    "DAILY",
    "MONTHLY",
    "WEEKLY",
}


def check_v1_recurring_resident_charges_rentmanager_post_input_frequency_normalized(
    value: str,
) -> V1RecurringResidentChargesRentmanagerPostInputFrequencyNormalized:
    if value in V1_RECURRING_RESIDENT_CHARGES_RENTMANAGER_POST_INPUT_FREQUENCY_NORMALIZED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_RECURRING_RESIDENT_CHARGES_RENTMANAGER_POST_INPUT_FREQUENCY_NORMALIZED_VALUES!r}"
    )
