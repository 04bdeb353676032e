from typing import Literal

CreateApplicantRequestPhone2Type = Literal["FAX", "HOME", "MOBILE", "OTHER", "WORK"]
"""One of FAX, HOME, MOBILE, OTHER, WORK."""

CREATE_APPLICANT_REQUEST_PHONE_2_TYPE_VALUES: set[CreateApplicantRequestPhone2Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "OTHER",
    "WORK",
}


def check_create_applicant_request_phone_2_type(value: str) -> CreateApplicantRequestPhone2Type:
    if value in CREATE_APPLICANT_REQUEST_PHONE_2_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_APPLICANT_REQUEST_PHONE_2_TYPE_VALUES!r}")
