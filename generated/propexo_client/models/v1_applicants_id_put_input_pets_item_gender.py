from typing import Literal

V1ApplicantsIdPutInputPetsItemGender = Literal["FEMALE", "MALE", "UNSPECIFIED"]
"""One of FEMALE, MALE, UNSPECIFIED."""

V1_APPLICANTS_ID_PUT_INPUT_PETS_ITEM_GENDER_VALUES: set[V1ApplicantsIdPutInputPetsItemGender] = {
    "FEMALE",
    "MALE",
    "UNSPECIFIED",
}


def check_v1_applicants_id_put_input_pets_item_gender(value: str) -> V1ApplicantsIdPutInputPetsItemGender:
    if value in V1_APPLICANTS_ID_PUT_INPUT_PETS_ITEM_GENDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_APPLICANTS_ID_PUT_INPUT_PETS_ITEM_GENDER_VALUES!r}"
    )
