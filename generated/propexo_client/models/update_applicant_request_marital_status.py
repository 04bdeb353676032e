from typing import Literal

UpdateApplicantRequestMaritalStatus = Literal[
    "DIVORCED", "ENGAGED", "MARRIED", "SEPARATED", "SINGLE", "UNMARRIED_PARTNERS", "WIDOWED"
]
"""One of DIVORCED, ENGAGED, MARRIED, SEPARATED, SINGLE, UNMARRIED_PARTNERS, WIDOWED."""

UPDATE_APPLICANT_REQUEST_MARITAL_STATUS_VALUES: set[UpdateApplicantRequestMaritalStatus] = {
    "DIVORCED",
    "ENGAGED",
    "MARRIED",
    "SEPARATED",
    "SINGLE",
    "UNMARRIED_PARTNERS",
    "WIDOWED",
}


def check_update_applicant_request_marital_status(value: str) -> UpdateApplicantRequestMaritalStatus:
    if value in UPDATE_APPLICANT_REQUEST_MARITAL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_APPLICANT_REQUEST_MARITAL_STATUS_VALUES!r}")
