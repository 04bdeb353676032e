from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.create_applicant_request_pets_item_gender import (
    CreateApplicantRequestPetsItemGender,
    check_create_applicant_request_pets_item_gender,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateApplicantRequestPetsItem")


@_attrs_define
class CreateApplicantRequestPetsItem:
    """
    Attributes:
        type_ (str):
        age_in_years (int | Unset): At least 0.
        color (str | Unset):
        gender (CreateApplicantRequestPetsItemGender | Unset): One of 'MALE', 'FEMALE', 'UNSPECIFIED'.
        is_declawed (bool | Unset):
        is_fixed (bool | Unset):
        is_trained (bool | Unset):
        is_vaccinated (bool | Unset):
        name (str | Unset):
        weight_in_pounds (int | Unset): At least 0.
    """

    type_: str
    age_in_years: int | Unset = UNSET
    color: str | Unset = UNSET
    gender: CreateApplicantRequestPetsItemGender | Unset = UNSET
    is_declawed: bool | Unset = UNSET
    is_fixed: bool | Unset = UNSET
    is_trained: bool | Unset = UNSET
    is_vaccinated: bool | Unset = UNSET
    name: str | Unset = UNSET
    weight_in_pounds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        age_in_years = self.age_in_years

        color = self.color

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender

        is_declawed = self.is_declawed

        is_fixed = self.is_fixed

        is_trained = self.is_trained

        is_vaccinated = self.is_vaccinated

        name = self.name

        weight_in_pounds = self.weight_in_pounds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if age_in_years is not UNSET:
            field_dict["age_in_years"] = age_in_years
        if color is not UNSET:
            field_dict["color"] = color
        if gender is not UNSET:
            field_dict["gender"] = gender
        if is_declawed is not UNSET:
            field_dict["is_declawed"] = is_declawed
        if is_fixed is not UNSET:
            field_dict["is_fixed"] = is_fixed
        if is_trained is not UNSET:
            field_dict["is_trained"] = is_trained
        if is_vaccinated is not UNSET:
            field_dict["is_vaccinated"] = is_vaccinated
        if name is not UNSET:
            field_dict["name"] = name
        if weight_in_pounds is not UNSET:
            field_dict["weight_in_pounds"] = weight_in_pounds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "type"
            type_ = conform(pop_required(d, "type", "CreateApplicantRequestPetsItem"), "str")

            _field = "age_in_years"
            age_in_years = conform(d.pop("age_in_years", UNSET), "int")

            _field = "color"
            color = conform(d.pop("color", UNSET), "str")

            _field = "gender"
            _gender = d.pop("gender", UNSET)
            gender: CreateApplicantRequestPetsItemGender | Unset
            if isinstance(_gender, Unset):
                gender = UNSET
            else:
                gender = check_create_applicant_request_pets_item_gender(_gender)

            _field = "is_declawed"
            is_declawed = conform(d.pop("is_declawed", UNSET), "bool")

            _field = "is_fixed"
            is_fixed = conform(d.pop("is_fixed", UNSET), "bool")

            _field = "is_trained"
            is_trained = conform(d.pop("is_trained", UNSET), "bool")

            _field = "is_vaccinated"
            is_vaccinated = conform(d.pop("is_vaccinated", UNSET), "bool")

            _field = "name"
            name = conform(d.pop("name", UNSET), "str")

            _field = "weight_in_pounds"
            weight_in_pounds = conform(d.pop("weight_in_pounds", UNSET), "int")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateApplicantRequestPetsItem", _field) from _failure
        _instance = cls(
            type_=type_,
            age_in_years=age_in_years,
            color=color,
            gender=gender,
            is_declawed=is_declawed,
            is_fixed=is_fixed,
            is_trained=is_trained,
            is_vaccinated=is_vaccinated,
            name=name,
            weight_in_pounds=weight_in_pounds,
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
