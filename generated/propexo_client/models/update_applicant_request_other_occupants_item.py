from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.update_applicant_request_other_occupants_item_relationship import (
    UpdateApplicantRequestOtherOccupantsItemRelationship,
    check_update_applicant_request_other_occupants_item_relationship,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateApplicantRequestOtherOccupantsItem")


@_attrs_define
class UpdateApplicantRequestOtherOccupantsItem:
    """
    Attributes:
        first_name (str):
        last_name (str):
        relationship (UpdateApplicantRequestOtherOccupantsItemRelationship): One of 'OTHER'.
        date_of_birth (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        relationship_detail (str | Unset):
    """

    first_name: str
    last_name: str
    relationship: UpdateApplicantRequestOtherOccupantsItemRelationship
    date_of_birth: str | Unset = UNSET
    relationship_detail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        relationship: str = self.relationship

        date_of_birth = self.date_of_birth

        relationship_detail = self.relationship_detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first_name": first_name,
                "last_name": last_name,
                "relationship": relationship,
            }
        )
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if relationship_detail is not UNSET:
            field_dict["relationship_detail"] = relationship_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "first_name"
            first_name = conform(pop_required(d, "first_name", "UpdateApplicantRequestOtherOccupantsItem"), "str")

            _field = "last_name"
            last_name = conform(pop_required(d, "last_name", "UpdateApplicantRequestOtherOccupantsItem"), "str")

            _field = "relationship"
            relationship = check_update_applicant_request_other_occupants_item_relationship(
                pop_required(d, "relationship", "UpdateApplicantRequestOtherOccupantsItem")
            )

            _field = "date_of_birth"
            date_of_birth = conform(d.pop("date_of_birth", UNSET), "str")

            _field = "relationship_detail"
            relationship_detail = conform(d.pop("relationship_detail", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "UpdateApplicantRequestOtherOccupantsItem", _field) from _failure
        _instance = cls(
            first_name=first_name,
            last_name=last_name,
            relationship=relationship,
            date_of_birth=date_of_birth,
            relationship_detail=relationship_detail,
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
