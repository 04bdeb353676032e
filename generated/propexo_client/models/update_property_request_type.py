from typing import Literal

UpdatePropertyRequestType = Literal[
    "Apartment",
    "Commercial",
    "Condo",
    "Du/Fourplex",
    "House",
    "Other",
    "Section 8/Affordable",
    "Senior",
    "Short-term/vacation",
    "Student",
    "Townhouse",
]
"""One of Apartment, Commercial, Condo, Du/Fourplex, House, Other, Section 8/Affordable, Senior, Short-term/vacation, Student, Townhouse."""

UPDATE_PROPERTY_REQUEST_TYPE_VALUES: set[UpdatePropertyRequestType] = {
    "Apartment",
    "Commercial",
    "Condo",
    "Du/Fourplex",
    "House",
    "Other",
    "Section 8/Affordable",
    "Senior",
    "Short-term/vacation",
    "Student",
    "Townhouse",
}


def check_update_property_request_type(value: str) -> UpdatePropertyRequestType:
    if value in UPDATE_PROPERTY_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_PROPERTY_REQUEST_TYPE_VALUES!r}")
