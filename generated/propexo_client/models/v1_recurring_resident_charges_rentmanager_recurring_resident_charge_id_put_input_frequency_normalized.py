from typing import Literal

V1RecurringResidentChargesRentmanagerRecurringResidentChargeIdPutInputFrequencyNormalized = (
    Literal["DAILY", "MONTHLY", "WEEKLY"] | str
)
"""One of DAILY, MONTHLY, WEEKLY; a value the spec does not list is kept as its string."""

V1_RECURRING_RESIDENT_CHARGES_RENTMANAGER_RECURRING_RESIDENT_CHARGE_ID_PUT_INPUT_FREQUENCY_NORMALIZED_VALUES: set[
    str
] = {
    "DAILY",
    "MONTHLY",
    "WEEKLY",
}


def check_v1_recurring_resident_charges_rentmanager_recurring_resident_charge_id_put_input_frequency_normalized(
    value: str,
) -> V1RecurringResidentChargesRentmanagerRecurringResidentChargeIdPutInputFrequencyNormalized:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
