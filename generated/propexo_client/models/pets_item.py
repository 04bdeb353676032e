from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="PetsItem")


@_attrs_define
class PetsItem:
    """
    Attributes:
        type_ (str):
        age_in_years (int | Unset): At least 0.
        breed (str | Unset):
        color (str | Unset):
        gender (str | Unset):
        is_fixed (bool | Unset):
        is_service_animal (bool | Unset):
        name (str | Unset):
        weight_in_pounds (int | Unset): At least 0.
    """

    type_: str
    age_in_years: int | Unset = UNSET
    breed: str | Unset = UNSET
    color: str | Unset = UNSET
    gender: str | Unset = UNSET
    is_fixed: bool | Unset = UNSET
    is_service_animal: bool | Unset = UNSET
    name: str | Unset = UNSET
    weight_in_pounds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        age_in_years = self.age_in_years

        breed = self.breed

        color = self.color

        gender = self.gender

        is_fixed = self.is_fixed

        is_service_animal = self.is_service_animal

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
        if breed is not UNSET:
            field_dict["breed"] = breed
        if color is not UNSET:
            field_dict["color"] = color
        if gender is not UNSET:
            field_dict["gender"] = gender
        if is_fixed is not UNSET:
            field_dict["is_fixed"] = is_fixed
        if is_service_animal is not UNSET:
            field_dict["is_service_animal"] = is_service_animal
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
            type_ = conform(pop_required(d, "type", "PetsItem"), "str")

            _field = "age_in_years"
            age_in_years = conform(d.pop("age_in_years", UNSET), "int")

            _field = "breed"
            breed = conform(d.pop("breed", UNSET), "str")

            _field = "color"
            color = conform(d.pop("color", UNSET), "str")

            _field = "gender"
            gender = conform(d.pop("gender", UNSET), "str")

            _field = "is_fixed"
            is_fixed = conform(d.pop("is_fixed", UNSET), "bool")

            _field = "is_service_animal"
            is_service_animal = conform(d.pop("is_service_animal", UNSET), "bool")

            _field = "name"
            name = conform(d.pop("name", UNSET), "str")

            _field = "weight_in_pounds"
            weight_in_pounds = conform(d.pop("weight_in_pounds", UNSET), "int")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "PetsItem", _field) from _failure
        _instance = cls(
            type_=type_,
            age_in_years=age_in_years,
            breed=breed,
            color=color,
            gender=gender,
            is_fixed=is_fixed,
            is_service_animal=is_service_animal,
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
