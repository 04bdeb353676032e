from typing import Literal

V1ResidentsIdGetOutputResultsLeasesMetaDataItemResidentTypeNormalizedType1 = (
    Literal["GUARANTOR", "OTHER", "PRIMARY", "SECONDARY"] | str
)
"""One of GUARANTOR, OTHER, PRIMARY, SECONDARY; a value the spec does not list is kept as its string."""

V1_RESIDENTS_ID_GET_OUTPUT_RESULTS_LEASES_META_DATA_ITEM_RESIDENT_TYPE_NORMALIZED_TYPE_1_VALUES: set[str] = {
    "GUARANTOR",
    "OTHER",
    "PRIMARY",
    "SECONDARY",
}


def check_v1_residents_id_get_output_results_leases_meta_data_item_resident_type_normalized_type_1(
    value: str,
) -> V1ResidentsIdGetOutputResultsLeasesMetaDataItemResidentTypeNormalizedType1:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
