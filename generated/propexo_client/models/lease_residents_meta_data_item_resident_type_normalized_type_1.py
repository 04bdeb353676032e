from typing import Literal

LeaseResidentsMetaDataItemResidentTypeNormalizedType1 = Literal["GUARANTOR", "OTHER", "PRIMARY", "SECONDARY"] | str
"""One of GUARANTOR, OTHER, PRIMARY, SECONDARY; a value the spec does not list is kept as its string."""

LEASE_RESIDENTS_META_DATA_ITEM_RESIDENT_TYPE_NORMALIZED_TYPE_1_VALUES: set[str] = {
    "GUARANTOR",
    "OTHER",
    "PRIMARY",
    "SECONDARY",
}


def check_lease_residents_meta_data_item_resident_type_normalized_type_1(
    value: str,
) -> LeaseResidentsMetaDataItemResidentTypeNormalizedType1:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
