from typing import Literal

UpdateApplicantRequestOtherOccupantsItemRelationship = Literal["OTHER"]
"""One of OTHER."""

UPDATE_APPLICANT_REQUEST_OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES: set[
    UpdateApplicantRequestOtherOccupantsItemRelationship
] = {
    "OTHER",
}


def check_update_applicant_request_other_occupants_item_relationship(
    value: str,
) -> UpdateApplicantRequestOtherOccupantsItemRelationship:
    if value in UPDATE_APPLICANT_REQUEST_OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_APPLICANT_REQUEST_OTHER_OCCUPANTS_ITEM_RELATIONSHIP_VALUES!r}"
    )
