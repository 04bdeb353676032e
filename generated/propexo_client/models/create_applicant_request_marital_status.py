from typing import Literal

CreateApplicantRequestMaritalStatus = Literal[
    "DIVORCED", "ENGAGED", "MARRIED", "SEPARATED", "SINGLE", "UNMARRIED_PARTNERS", "WIDOWED"
]
"""One of DIVORCED, ENGAGED, MARRIED, SEPARATED, SINGLE, UNMARRIED_PARTNERS, WIDOWED."""

CREATE_APPLICANT_REQUEST_MARITAL_STATUS_VALUES: set[CreateApplicantRequestMaritalStatus] = {
    "DIVORCED",
    "ENGAGED",
    "MARRIED",
    "SEPARATED",
    "SINGLE",
    "UNMARRIED_PARTNERS",
    "WIDOWED",
}


def check_create_applicant_request_marital_status(value: str) -> CreateApplicantRequestMaritalStatus:
    if value in CREATE_APPLICANT_REQUEST_MARITAL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_APPLICANT_REQUEST_MARITAL_STATUS_VALUES!r}")
