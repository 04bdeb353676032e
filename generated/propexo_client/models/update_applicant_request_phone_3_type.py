from typing import Literal

UpdateApplicantRequestPhone3Type = Literal["HOME", "MOBILE", "WORK"]
"""One of HOME, MOBILE, WORK."""

UPDATE_APPLICANT_REQUEST_PHONE_3_TYPE_VALUES: set[UpdateApplicantRequestPhone3Type] = {
    "HOME",
    "MOBILE",
    "WORK",
}


def check_update_applicant_request_phone_3_type(value: str) -> UpdateApplicantRequestPhone3Type:
    if value in UPDATE_APPLICANT_REQUEST_PHONE_3_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_APPLICANT_REQUEST_PHONE_3_TYPE_VALUES!r}")
