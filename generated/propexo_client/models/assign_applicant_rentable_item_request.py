from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssignApplicantRentableItemRequest")


@_attrs_define
class AssignApplicantRentableItemRequest:
    """
    Attributes:
        integration_id (str):
        applicant_id (str | Unset):
        rentable_item_id (str | Unset):
    """

    integration_id: str
    applicant_id: str | Unset = UNSET
    rentable_item_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        applicant_id = self.applicant_id

        rentable_item_id = self.rentable_item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_id": integration_id,
            }
        )
        if applicant_id is not UNSET:
            field_dict["applicant_id"] = applicant_id
        if rentable_item_id is not UNSET:
            field_dict["rentable_item_id"] = rentable_item_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "AssignApplicantRentableItemRequest"), "str")

            _field = "applicant_id"
            applicant_id = conform(d.pop("applicant_id", UNSET), "str")

            _field = "rentable_item_id"
            rentable_item_id = conform(d.pop("rentable_item_id", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "AssignApplicantRentableItemRequest", _field) from _failure
        _instance = cls(
            integration_id=integration_id,
            applicant_id=applicant_id,
            rentable_item_id=rentable_item_id,
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
