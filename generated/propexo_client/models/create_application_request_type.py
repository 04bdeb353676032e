from typing import Literal

CreateApplicationRequestType = Literal["APPLICANT", "CO_APPLICANT", "GUARANTOR", "OCCUPANT"]
"""One of APPLICANT, CO_APPLICANT, GUARANTOR, OCCUPANT."""

CREATE_APPLICATION_REQUEST_TYPE_VALUES: set[CreateApplicationRequestType] = {
    "APPLICANT",
    "CO_APPLICANT",
    "GUARANTOR",
    "OCCUPANT",
}


def check_create_application_request_type(value: str) -> CreateApplicationRequestType:
    if value in CREATE_APPLICATION_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_APPLICATION_REQUEST_TYPE_VALUES!r}")
