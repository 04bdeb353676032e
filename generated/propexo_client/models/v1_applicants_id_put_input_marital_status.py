from typing import Literal

V1ApplicantsIdPutInputMaritalStatus = Literal[
    "DIVORCED", "ENGAGED", "MARRIED", "SEPARATED", "SINGLE", "UNMARRIED_PARTNERS", "WIDOWED"
]
"""One of DIVORCED, ENGAGED, MARRIED, SEPARATED, SINGLE, UNMARRIED_PARTNERS, WIDOWED."""

V1_APPLICANTS_ID_PUT_INPUT_MARITAL_STATUS_VALUES: set[V1ApplicantsIdPutInputMaritalStatus] = {
    "DIVORCED",
    "ENGAGED",
    "MARRIED",
    "SEPARATED",
    "SINGLE",
    "UNMARRIED_PARTNERS",
    "WIDOWED",
}


def check_v1_applicants_id_put_input_marital_status(value: str) -> V1ApplicantsIdPutInputMaritalStatus:
    if value in V1_APPLICANTS_ID_PUT_INPUT_MARITAL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_APPLICANTS_ID_PUT_INPUT_MARITAL_STATUS_VALUES!r}")
