from typing import Literal

V1ResidentsIdPutInputCountry = Literal["CA", "US"]
"""One of CA, US."""

V1_RESIDENTS_ID_PUT_INPUT_COUNTRY_VALUES: set[V1ResidentsIdPutInputCountry] = {
    "CA",
    "US",
}


def check_v1_residents_id_put_input_country(value: str) -> V1ResidentsIdPutInputCountry:
    if value in V1_RESIDENTS_ID_PUT_INPUT_COUNTRY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_RESIDENTS_ID_PUT_INPUT_COUNTRY_VALUES!r}")
