from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error
from ..types import UNSET, Unset

T = TypeVar("T", bound="Assistance")


@_attrs_define
class Assistance:
    """
    Attributes:
        agency_name (str | Unset):
        are_utilities_covered (bool | Unset):
        assistance_amount_in_cents (int | Unset): At least 0.
        beds_allowed (str | Unset):
        county (str | Unset):
        phone (str | Unset): Pattern: `^\\+?\\d{1,50}$`.
        technician_name (str | Unset):
    """

    agency_name: str | Unset = UNSET
    are_utilities_covered: bool | Unset = UNSET
    assistance_amount_in_cents: int | Unset = UNSET
    beds_allowed: str | Unset = UNSET
    county: str | Unset = UNSET
    phone: str | Unset = UNSET
    technician_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agency_name = self.agency_name

        are_utilities_covered = self.are_utilities_covered

        assistance_amount_in_cents = self.assistance_amount_in_cents

        beds_allowed = self.beds_allowed

        county = self.county

        phone = self.phone

        technician_name = self.technician_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agency_name is not UNSET:
            field_dict["agency_name"] = agency_name
        if are_utilities_covered is not UNSET:
            field_dict["are_utilities_covered"] = are_utilities_covered
        if assistance_amount_in_cents is not UNSET:
            field_dict["assistance_amount_in_cents"] = assistance_amount_in_cents
        if beds_allowed is not UNSET:
            field_dict["beds_allowed"] = beds_allowed
        if county is not UNSET:
            field_dict["county"] = county
        if phone is not UNSET:
            field_dict["phone"] = phone
        if technician_name is not UNSET:
            field_dict["technician_name"] = technician_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "agency_name"
            agency_name = conform(d.pop("agency_name", UNSET), "str")

            _field = "are_utilities_covered"
            are_utilities_covered = conform(d.pop("are_utilities_covered", UNSET), "bool")

            _field = "assistance_amount_in_cents"
            assistance_amount_in_cents = conform(d.pop("assistance_amount_in_cents", UNSET), "int")

            _field = "beds_allowed"
            beds_allowed = conform(d.pop("beds_allowed", UNSET), "str")

            _field = "county"
            county = conform(d.pop("county", UNSET), "str")

            _field = "phone"
            phone = conform(d.pop("phone", UNSET), "str")

            _field = "technician_name"
            technician_name = conform(d.pop("technician_name", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "Assistance", _field) from _failure
        _instance = cls(
            agency_name=agency_name,
            are_utilities_covered=are_utilities_covered,
            assistance_amount_in_cents=assistance_amount_in_cents,
            beds_allowed=beds_allowed,
            county=county,
            phone=phone,
            technician_name=technician_name,
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
