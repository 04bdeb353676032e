from typing import Literal

V1AmenitiesPropertiesIdPutInputIncludedInRentItem = Literal[
    "AirCon",
    "BroadbandInternet",
    "Cable",
    "Electric",
    "Gas",
    "Heat",
    "HotWater",
    "Satellite",
    "Sewer",
    "Telephone",
    "Trash",
    "Water",
]
"""One of AirCon, BroadbandInternet, Cable, Electric, Gas, Heat, HotWater, Satellite, Sewer, Telephone, Trash, Water."""

V1_AMENITIES_PROPERTIES_ID_PUT_INPUT_INCLUDED_IN_RENT_ITEM_VALUES: set[
    V1AmenitiesPropertiesIdPutInputIncludedInRentItem
] = {
    "AirCon",
    "BroadbandInternet",
    "Cable",
    "Electric",
    "Gas",
    "Heat",
    "HotWater",
    "Satellite",
    "Sewer",
    "Telephone",
    "Trash",
    "Water",
}


def check_v1_amenities_properties_id_put_input_included_in_rent_item(
    value: str,
) -> V1AmenitiesPropertiesIdPutInputIncludedInRentItem:
    if value in V1_AMENITIES_PROPERTIES_ID_PUT_INPUT_INCLUDED_IN_RENT_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_AMENITIES_PROPERTIES_ID_PUT_INPUT_INCLUDED_IN_RENT_ITEM_VALUES!r}"
    )
