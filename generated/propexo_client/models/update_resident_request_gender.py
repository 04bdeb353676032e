from typing import Literal

UpdateResidentRequestGender = Literal["FEMALE", "MALE"]
"""One of FEMALE, MALE."""

UPDATE_RESIDENT_REQUEST_GENDER_VALUES: set[UpdateResidentRequestGender] = {
    "FEMALE",
    "MALE",
}


def check_update_resident_request_gender(value: str) -> UpdateResidentRequestGender:
    if value in UPDATE_RESIDENT_REQUEST_GENDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_RESIDENT_REQUEST_GENDER_VALUES!r}")
