from typing import Literal

V1ApplicantsPostInputPetsItemGender = Literal["FEMALE", "MALE", "UNSPECIFIED"]
"""One of FEMALE, MALE, UNSPECIFIED."""

V1_APPLICANTS_POST_INPUT_PETS_ITEM_GENDER_VALUES: set[V1ApplicantsPostInputPetsItemGender] = {
    "FEMALE",
    "MALE",
    "UNSPECIFIED",
}


def check_v1_applicants_post_input_pets_item_gender(value: str) -> V1ApplicantsPostInputPetsItemGender:
    if value in V1_APPLICANTS_POST_INPUT_PETS_ITEM_GENDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_APPLICANTS_POST_INPUT_PETS_ITEM_GENDER_VALUES!r}")
