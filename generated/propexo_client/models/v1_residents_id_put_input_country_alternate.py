from typing import Literal

V1ResidentsIdPutInputCountryAlternate = Literal["US"]
"""One of US."""

V1_RESIDENTS_ID_PUT_INPUT_COUNTRY_ALTERNATE_VALUES: set[V1ResidentsIdPutInputCountryAlternate] = {
    "US",
}


def check_v1_residents_id_put_input_country_alternate(value: str) -> V1ResidentsIdPutInputCountryAlternate:
    if value in V1_RESIDENTS_ID_PUT_INPUT_COUNTRY_ALTERNATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_RESIDENTS_ID_PUT_INPUT_COUNTRY_ALTERNATE_VALUES!r}"
    )
