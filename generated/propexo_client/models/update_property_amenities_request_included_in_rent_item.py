from typing import Literal

UpdatePropertyAmenitiesRequestIncludedInRentItem = Literal[
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

UPDATE_PROPERTY_AMENITIES_REQUEST_INCLUDED_IN_RENT_ITEM_VALUES: set[
    UpdatePropertyAmenitiesRequestIncludedInRentItem
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


def check_update_property_amenities_request_included_in_rent_item(
    value: str,
) -> UpdatePropertyAmenitiesRequestIncludedInRentItem:
    if value in UPDATE_PROPERTY_AMENITIES_REQUEST_INCLUDED_IN_RENT_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_PROPERTY_AMENITIES_REQUEST_INCLUDED_IN_RENT_ITEM_VALUES!r}"
    )
