from typing import Literal

V1ApplicantsPostInputMaritalStatus = Literal[
    "DIVORCED", "ENGAGED", "MARRIED", "SEPARATED", "SINGLE", "UNMARRIED_PARTNERS", "WIDOWED"
]
"""One of DIVORCED, ENGAGED, MARRIED, SEPARATED, SINGLE, UNMARRIED_PARTNERS, WIDOWED."""

V1_APPLICANTS_POST_INPUT_MARITAL_STATUS_VALUES: set[V1ApplicantsPostInputMaritalStatus] = {
    "DIVORCED",
    "ENGAGED",
    "MARRIED",
    "SEPARATED",
    "SINGLE",
    "UNMARRIED_PARTNERS",
    "WIDOWED",
}


def check_v1_applicants_post_input_marital_status(value: str) -> V1ApplicantsPostInputMaritalStatus:
    if value in V1_APPLICANTS_POST_INPUT_MARITAL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_APPLICANTS_POST_INPUT_MARITAL_STATUS_VALUES!r}")
