from typing import Literal

CreateApplicantRequestPhone3Type = Literal["HOME", "MOBILE", "WORK"]
"""One of HOME, MOBILE, WORK."""

CREATE_APPLICANT_REQUEST_PHONE_3_TYPE_VALUES: set[CreateApplicantRequestPhone3Type] = {
    "HOME",
    "MOBILE",
    "WORK",
}


def check_create_applicant_request_phone_3_type(value: str) -> CreateApplicantRequestPhone3Type:
    if value in CREATE_APPLICANT_REQUEST_PHONE_3_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_APPLICANT_REQUEST_PHONE_3_TYPE_VALUES!r}")
