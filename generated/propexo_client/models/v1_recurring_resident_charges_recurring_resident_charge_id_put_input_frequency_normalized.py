from typing import Literal

V1RecurringResidentChargesRecurringResidentChargeIdPutInputFrequencyNormalized = Literal["DAILY", "MONTHLY", "WEEKLY"]
"""One of DAILY, MONTHLY, WEEKLY."""

V1_RECURRING_RESIDENT_CHARGES_RECURRING_RESIDENT_CHARGE_ID_PUT_INPUT_FREQUENCY_NORMALIZED_VALUES: set[
    V1RecurringResidentChargesRecurringResidentChargeIdPutInputFrequencyNormalized
] = {
    "DAILY",
    "MONTHLY",
    "WEEKLY",
}


def check_v1_recurring_resident_charges_recurring_resident_charge_id_put_input_frequency_normalized(
    value: str,
) -> V1RecurringResidentChargesRecurringResidentChargeIdPutInputFrequencyNormalized:
    if value in V1_RECURRING_RESIDENT_CHARGES_RECURRING_RESIDENT_CHARGE_ID_PUT_INPUT_FREQUENCY_NORMALIZED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_RECURRING_RESIDENT_CHARGES_RECURRING_RESIDENT_CHARGE_ID_PUT_INPUT_FREQUENCY_NORMALIZED_VALUES!r}"
    )
