from typing import Literal

V1LeasesPostInputRentCycle = Literal[
    "Daily", "Every2Months", "Every2Weeks", "Every6Months", "Monthly", "OneTime", "Quarterly", "Weekly", "Yearly"
]
"""One of Daily, Every2Months, Every2Weeks, Every6Months, Monthly, OneTime, Quarterly, Weekly, Yearly."""

V1_LEASES_POST_INPUT_RENT_CYCLE_VALUES: set[V1LeasesPostInputRentCycle] = {
    "Daily",
    "Every2Months",
    "Every2Weeks",
    "Every6Months",
    "Monthly",
    "OneTime",
    "Quarterly",
    "Weekly",
    "Yearly",
}


def check_v1_leases_post_input_rent_cycle(value: str) -> V1LeasesPostInputRentCycle:
    if value in V1_LEASES_POST_INPUT_RENT_CYCLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_LEASES_POST_INPUT_RENT_CYCLE_VALUES!r}")
