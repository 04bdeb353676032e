from typing import Literal

CreateResidentRequestRentPeriod = Literal["DAILY", "MONTHLY", "WEEKLY"]
"""One of DAILY, MONTHLY, WEEKLY."""

CREATE_RESIDENT_REQUEST_RENT_PERIOD_VALUES: set[CreateResidentRequestRentPeriod] = {
    "DAILY",
    "MONTHLY",
    "WEEKLY",
}


def check_create_resident_request_rent_period(value: str) -> CreateResidentRequestRentPeriod:
    if value in CREATE_RESIDENT_REQUEST_RENT_PERIOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_RESIDENT_REQUEST_RENT_PERIOD_VALUES!r}")
