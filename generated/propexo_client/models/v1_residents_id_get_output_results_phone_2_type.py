from typing import Literal

V1ResidentsIdGetOutputResultsPhone2Type = Literal["FAX", "HOME", "MOBILE", "OTHER", "WORK"]

V1_RESIDENTS_ID_GET_OUTPUT_RESULTS_PHONE_2_TYPE_VALUES: set[V1ResidentsIdGetOutputResultsPhone2Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "OTHER",
    "WORK",
}


def check_v1_residents_id_get_output_results_phone_2_type(value: str) -> V1ResidentsIdGetOutputResultsPhone2Type:
    if value in V1_RESIDENTS_ID_GET_OUTPUT_RESULTS_PHONE_2_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_RESIDENTS_ID_GET_OUTPUT_RESULTS_PHONE_2_TYPE_VALUES!r}"
    )
