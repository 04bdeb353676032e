from typing import Literal

ApplicantApplicationsItemStatusNormalized = Literal["APPROVED", "CANCELED", "DENIED", "OTHER", "PENDING"] | str
"""One of APPROVED, CANCELED, DENIED, OTHER, PENDING; a value the spec does not list is kept as its string."""

APPLICANT_APPLICATIONS_ITEM_STATUS_NORMALIZED_VALUES: set[str] = {
    "APPROVED",
    "CANCELED",
    "DENIED",
    "OTHER",
    "PENDING",
}


def check_applicant_applications_item_status_normalized(value: str) -> ApplicantApplicationsItemStatusNormalized:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
