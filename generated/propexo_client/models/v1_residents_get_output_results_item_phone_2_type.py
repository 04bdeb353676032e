from typing import Literal

V1ResidentsGetOutputResultsItemPhone2Type = Literal["FAX", "HOME", "MOBILE", "OTHER", "WORK"] | str
"""One of FAX, HOME, MOBILE, OTHER, WORK; a value the spec does not list is kept as its string."""

V1_RESIDENTS_GET_OUTPUT_RESULTS_ITEM_PHONE_2_TYPE_VALUES: set[str] = {
    "FAX",
    "HOME",
    "MOBILE",
    "OTHER",
    "WORK",
}


def check_v1_residents_get_output_results_item_phone_2_type(value: str) -> V1ResidentsGetOutputResultsItemPhone2Type:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
