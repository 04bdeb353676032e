from typing import Literal

V1PropertiesIdPutInputType = Literal[
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

V1_PROPERTIES_ID_PUT_INPUT_TYPE_VALUES: set[V1PropertiesIdPutInputType] = {
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


def check_v1_properties_id_put_input_type(value: str) -> V1PropertiesIdPutInputType:
    if value in V1_PROPERTIES_ID_PUT_INPUT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_PROPERTIES_ID_PUT_INPUT_TYPE_VALUES!r}")
