from typing import Literal

CreateApplicantRequestPhone1Type = Literal["FAX", "HOME", "MOBILE", "WORK"]
"""One of FAX, HOME, MOBILE, WORK."""

CREATE_APPLICANT_REQUEST_PHONE_1_TYPE_VALUES: set[CreateApplicantRequestPhone1Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "WORK",
}


def check_create_applicant_request_phone_1_type(value: str) -> CreateApplicantRequestPhone1Type:
    if value in CREATE_APPLICANT_REQUEST_PHONE_1_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_APPLICANT_REQUEST_PHONE_1_TYPE_VALUES!r}")
