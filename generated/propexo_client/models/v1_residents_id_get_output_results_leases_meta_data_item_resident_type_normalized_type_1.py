from typing import Literal

V1ResidentsIdGetOutputResultsLeasesMetaDataItemResidentTypeNormalizedType1 = Literal[
    "GUARANTOR", "OTHER", "PRIMARY", "SECONDARY"
]

V1_RESIDENTS_ID_GET_OUTPUT_RESULTS_LEASES_META_DATA_ITEM_RESIDENT_TYPE_NORMALIZED_TYPE_1_VALUES: set[
    V1ResidentsIdGetOutputResultsLeasesMetaDataItemResidentTypeNormalizedType1
] = {
    "GUARANTOR",
    "OTHER",
    "PRIMARY",
    "SECONDARY",
}


def check_v1_residents_id_get_output_results_leases_meta_data_item_resident_type_normalized_type_1(
    value: str,
) -> V1ResidentsIdGetOutputResultsLeasesMetaDataItemResidentTypeNormalizedType1:
    if value in V1_RESIDENTS_ID_GET_OUTPUT_RESULTS_LEASES_META_DATA_ITEM_RESIDENT_TYPE_NORMALIZED_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_RESIDENTS_ID_GET_OUTPUT_RESULTS_LEASES_META_DATA_ITEM_RESIDENT_TYPE_NORMALIZED_TYPE_1_VALUES!r}"
    )
