from typing import Literal

UpdateResidentRequestRentPeriod = Literal["DAILY", "MONTHLY", "WEEKLY"]
"""One of DAILY, MONTHLY, WEEKLY."""

UPDATE_RESIDENT_REQUEST_RENT_PERIOD_VALUES: set[UpdateResidentRequestRentPeriod] = {
    "DAILY",
    "MONTHLY",
    "WEEKLY",
}


def check_update_resident_request_rent_period(value: str) -> UpdateResidentRequestRentPeriod:
    if value in UPDATE_RESIDENT_REQUEST_RENT_PERIOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_RESIDENT_REQUEST_RENT_PERIOD_VALUES!r}")
