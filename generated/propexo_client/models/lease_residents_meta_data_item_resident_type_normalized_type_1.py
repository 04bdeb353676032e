from typing import Literal

LeaseResidentsMetaDataItemResidentTypeNormalizedType1 = Literal["GUARANTOR", "OTHER", "PRIMARY", "SECONDARY"]

LEASE_RESIDENTS_META_DATA_ITEM_RESIDENT_TYPE_NORMALIZED_TYPE_1_VALUES: set[
    LeaseResidentsMetaDataItemResidentTypeNormalizedType1
] = {
    "GUARANTOR",
    "OTHER",
    "PRIMARY",
    "SECONDARY",
}


def check_lease_residents_meta_data_item_resident_type_normalized_type_1(
    value: str,
) -> LeaseResidentsMetaDataItemResidentTypeNormalizedType1:
    if value in LEASE_RESIDENTS_META_DATA_ITEM_RESIDENT_TYPE_NORMALIZED_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEASE_RESIDENTS_META_DATA_ITEM_RESIDENT_TYPE_NORMALIZED_TYPE_1_VALUES!r}"
    )
