from typing import Literal

CreateLeaseRequestRentCycle = Literal[
    "Daily", "Every2Months", "Every2Weeks", "Every6Months", "Monthly", "OneTime", "Quarterly", "Weekly", "Yearly"
]
"""One of Daily, Every2Months, Every2Weeks, Every6Months, Monthly, OneTime, Quarterly, Weekly, Yearly."""

CREATE_LEASE_REQUEST_RENT_CYCLE_VALUES: set[CreateLeaseRequestRentCycle] = {
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


def check_create_lease_request_rent_cycle(value: str) -> CreateLeaseRequestRentCycle:
    if value in CREATE_LEASE_REQUEST_RENT_CYCLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_LEASE_REQUEST_RENT_CYCLE_VALUES!r}")
