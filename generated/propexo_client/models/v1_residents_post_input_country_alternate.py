from typing import Literal

V1ResidentsPostInputCountryAlternate = Literal["US"]
"""One of US."""

V1_RESIDENTS_POST_INPUT_COUNTRY_ALTERNATE_VALUES: set[V1ResidentsPostInputCountryAlternate] = {
    "US",
}


def check_v1_residents_post_input_country_alternate(value: str) -> V1ResidentsPostInputCountryAlternate:
    if value in V1_RESIDENTS_POST_INPUT_COUNTRY_ALTERNATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_RESIDENTS_POST_INPUT_COUNTRY_ALTERNATE_VALUES!r}")
