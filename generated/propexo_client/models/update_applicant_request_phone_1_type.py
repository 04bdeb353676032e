from typing import Literal

UpdateApplicantRequestPhone1Type = Literal["FAX", "HOME", "MOBILE", "WORK"]
"""One of FAX, HOME, MOBILE, WORK."""

UPDATE_APPLICANT_REQUEST_PHONE_1_TYPE_VALUES: set[UpdateApplicantRequestPhone1Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "WORK",
}


def check_update_applicant_request_phone_1_type(value: str) -> UpdateApplicantRequestPhone1Type:
    if value in UPDATE_APPLICANT_REQUEST_PHONE_1_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_APPLICANT_REQUEST_PHONE_1_TYPE_VALUES!r}")
