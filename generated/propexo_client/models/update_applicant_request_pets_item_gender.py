from typing import Literal

UpdateApplicantRequestPetsItemGender = Literal["FEMALE", "MALE", "UNSPECIFIED"]
"""One of FEMALE, MALE, UNSPECIFIED."""

UPDATE_APPLICANT_REQUEST_PETS_ITEM_GENDER_VALUES: set[UpdateApplicantRequestPetsItemGender] = {
    "FEMALE",
    "MALE",
    "UNSPECIFIED",
}


def check_update_applicant_request_pets_item_gender(value: str) -> UpdateApplicantRequestPetsItemGender:
    if value in UPDATE_APPLICANT_REQUEST_PETS_ITEM_GENDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_APPLICANT_REQUEST_PETS_ITEM_GENDER_VALUES!r}")
