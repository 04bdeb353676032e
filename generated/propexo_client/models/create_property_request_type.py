from typing import Literal

CreatePropertyRequestType = Literal[
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

CREATE_PROPERTY_REQUEST_TYPE_VALUES: set[CreatePropertyRequestType] = {
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


def check_create_property_request_type(value: str) -> CreatePropertyRequestType:
    if value in CREATE_PROPERTY_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_PROPERTY_REQUEST_TYPE_VALUES!r}")
