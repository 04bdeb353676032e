from typing import Literal

V1ResidentsIdGetOutputResultsPhone1Type = Literal["FAX", "HOME", "MOBILE", "OTHER", "WORK"] | str
"""One of FAX, HOME, MOBILE, OTHER, WORK; a value the spec does not list is kept as its string."""

V1_RESIDENTS_ID_GET_OUTPUT_RESULTS_PHONE_1_TYPE_VALUES: set[str] = {
    "FAX",
    "HOME",
    "MOBILE",
    "OTHER",
    "WORK",
}


def check_v1_residents_id_get_output_results_phone_1_type(value: str) -> V1ResidentsIdGetOutputResultsPhone1Type:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
