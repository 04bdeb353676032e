from typing import Literal

V1LeasesPostInputCountry = Literal["US"]
"""One of US."""

V1_LEASES_POST_INPUT_COUNTRY_VALUES: set[V1LeasesPostInputCountry] = {
    "US",
}


def check_v1_leases_post_input_country(value: str) -> V1LeasesPostInputCountry:
    if value in V1_LEASES_POST_INPUT_COUNTRY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_LEASES_POST_INPUT_COUNTRY_VALUES!r}")
