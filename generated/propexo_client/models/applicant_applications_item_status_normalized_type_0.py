from typing import Literal

ApplicantApplicationsItemStatusNormalizedType0 = Literal["APPROVED", "CANCELED", "DENIED", "OTHER", "PENDING"]

APPLICANT_APPLICATIONS_ITEM_STATUS_NORMALIZED_TYPE_0_VALUES: set[ApplicantApplicationsItemStatusNormalizedType0] = {
    "APPROVED",
    "CANCELED",
    "DENIED",
    "OTHER",
    "PENDING",
}


def check_applicant_applications_item_status_normalized_type_0(
    value: str,
) -> ApplicantApplicationsItemStatusNormalizedType0:
    if value in APPLICANT_APPLICATIONS_ITEM_STATUS_NORMALIZED_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLICANT_APPLICATIONS_ITEM_STATUS_NORMALIZED_TYPE_0_VALUES!r}"
    )
