from typing import Literal

V1ResidentsPostInputRentPeriod = Literal["DAILY", "MONTHLY", "WEEKLY"]
"""One of DAILY, MONTHLY, WEEKLY."""

V1_RESIDENTS_POST_INPUT_RENT_PERIOD_VALUES: set[V1ResidentsPostInputRentPeriod] = {
    "DAILY",
    "MONTHLY",
    "WEEKLY",
}


def check_v1_residents_post_input_rent_period(value: str) -> V1ResidentsPostInputRentPeriod:
    if value in V1_RESIDENTS_POST_INPUT_RENT_PERIOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_RESIDENTS_POST_INPUT_RENT_PERIOD_VALUES!r}")
