from typing import Literal

CreateApplicantRequestOtherOccupantsItemRelationship = Literal["OTHER"]
"""One of OTHER."""

CREATE_APPLICANT_REQUEST_OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES: set[
    CreateApplicantRequestOtherOccupantsItemRelationship
] = {
    "OTHER",
}


def check_create_applicant_request_other_occupants_item_relationship(
    value: str,
) -> CreateApplicantRequestOtherOccupantsItemRelationship:
    if value in CREATE_APPLICANT_REQUEST_OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_APPLICANT_REQUEST_OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES!r}"
    )
