from typing import Literal

V1ResidentsPostInputCountryType0 = Literal["Canada", "United States"]
"""One of Canada, United States."""

V1_RESIDENTS_POST_INPUT_COUNTRY_TYPE_0_VALUES: set[V1ResidentsPostInputCountryType0] = {
    "Canada",
    "United States",
}


def check_v1_residents_post_input_country_type_0(value: str) -> V1ResidentsPostInputCountryType0:
    if value in V1_RESIDENTS_POST_INPUT_COUNTRY_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_RESIDENTS_POST_INPUT_COUNTRY_TYPE_0_VALUES!r}")
