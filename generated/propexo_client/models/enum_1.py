from typing import Literal

Enum1 = Literal[
    "BUILDIUM",
    "ENTRATA",
    "MRI",
    "PROPERTYWARE",
    "PROPERTYWARE_REST",
    "REALPAGE",
    "REALPAGE_RPX",
    "RENTMANAGER",
    "RENTVINE",
    "RESMAN",
    "SAMPLE1",
    "SAMPLE2",
]

ENUM_1_VALUES: set[Enum1] = {
    "BUILDIUM",
    "ENTRATA",
    "MRI",
    "PROPERTYWARE",
    "PROPERTYWARE_REST",
    "REALPAGE",
    "REALPAGE_RPX",
    "RENTMANAGER",
    "RENTVINE",
    "RESMAN",
    "SAMPLE1",
    "SAMPLE2",
}


def check_enum_1(value: str) -> Enum1:
    if value in ENUM_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ENUM_1_VALUES!r}")
