from typing import Literal

UpdateApplicantRequestPhone2Type = Literal["FAX", "HOME", "MOBILE", "OTHER", "WORK"]
"""One of FAX, HOME, MOBILE, OTHER, WORK."""

UPDATE_APPLICANT_REQUEST_PHONE_2_TYPE_VALUES: set[UpdateApplicantRequestPhone2Type] = {
    "FAX",
    "HOME",
    "MOBILE",
    "OTHER",
    "WORK",
}


def check_update_applicant_request_phone_2_type(value: str) -> UpdateApplicantRequestPhone2Type:
    if value in UPDATE_APPLICANT_REQUEST_PHONE_2_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_APPLICANT_REQUEST_PHONE_2_TYPE_VALUES!r}")
