from typing import Literal

CreateApplicantRequestPetsItemGender = Literal["FEMALE", "MALE", "UNSPECIFIED"]
"""One of FEMALE, MALE, UNSPECIFIED."""

CREATE_APPLICANT_REQUEST_PETS_ITEM_GENDER_VALUES: set[CreateApplicantRequestPetsItemGender] = {
    "FEMALE",
    "MALE",
    "UNSPECIFIED",
}


def check_create_applicant_request_pets_item_gender(value: str) -> CreateApplicantRequestPetsItemGender:
    if value in CREATE_APPLICANT_REQUEST_PETS_ITEM_GENDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_APPLICANT_REQUEST_PETS_ITEM_GENDER_VALUES!r}")
