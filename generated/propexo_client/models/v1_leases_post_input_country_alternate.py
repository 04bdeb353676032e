from typing import Literal

V1LeasesPostInputCountryAlternate = Literal["US"]
"""One of US."""

V1_LEASES_POST_INPUT_COUNTRY_ALTERNATE_VALUES: set[V1LeasesPostInputCountryAlternate] = {
    "US",
}


def check_v1_leases_post_input_country_alternate(value: str) -> V1LeasesPostInputCountryAlternate:
    if value in V1_LEASES_POST_INPUT_COUNTRY_ALTERNATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_LEASES_POST_INPUT_COUNTRY_ALTERNATE_VALUES!r}")
