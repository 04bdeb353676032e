from typing import Literal

V1ResidentsIdPutInputRentPeriod = Literal["DAILY", "MONTHLY", "WEEKLY"]
"""One of DAILY, MONTHLY, WEEKLY."""

V1_RESIDENTS_ID_PUT_INPUT_RENT_PERIOD_VALUES: set[V1ResidentsIdPutInputRentPeriod] = {
    "DAILY",
    "MONTHLY",
    "WEEKLY",
}


def check_v1_residents_id_put_input_rent_period(value: str) -> V1ResidentsIdPutInputRentPeriod:
    if value in V1_RESIDENTS_ID_PUT_INPUT_RENT_PERIOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_RESIDENTS_ID_PUT_INPUT_RENT_PERIOD_VALUES!r}")
