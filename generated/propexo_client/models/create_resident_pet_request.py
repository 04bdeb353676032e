from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateResidentPetRequest")


@_attrs_define
class CreateResidentPetRequest:
    """
    Attributes:
        integration_id (str):
        age_in_years (int | Unset): At least 0.
        color (str | Unset):
        gender_raw (str | Unset):
        is_fixed (bool | Unset):
        is_service_animal (bool | Unset):
        name (str | Unset):
        resident_id (str | Unset):
        type_ (str | Unset):
        weight_in_pounds (int | Unset): At least 0.
    """

    integration_id: str
    age_in_years: int | Unset = UNSET
    color: str | Unset = UNSET
    gender_raw: str | Unset = UNSET
    is_fixed: bool | Unset = UNSET
    is_service_animal: bool | Unset = UNSET
    name: str | Unset = UNSET
    resident_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    weight_in_pounds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        age_in_years = self.age_in_years

        color = self.color

        gender_raw = self.gender_raw

        is_fixed = self.is_fixed

        is_service_animal = self.is_service_animal

        name = self.name

        resident_id = self.resident_id

        type_ = self.type_

        weight_in_pounds = self.weight_in_pounds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_id": integration_id,
            }
        )
        if age_in_years is not UNSET:
            field_dict["age_in_years"] = age_in_years
        if color is not UNSET:
            field_dict["color"] = color
        if gender_raw is not UNSET:
            field_dict["gender_raw"] = gender_raw
        if is_fixed is not UNSET:
            field_dict["is_fixed"] = is_fixed
        if is_service_animal is not UNSET:
            field_dict["is_service_animal"] = is_service_animal
        if name is not UNSET:
            field_dict["name"] = name
        if resident_id is not UNSET:
            field_dict["resident_id"] = resident_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if weight_in_pounds is not UNSET:
            field_dict["weight_in_pounds"] = weight_in_pounds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "CreateResidentPetRequest"), "str")

            _field = "age_in_years"
            age_in_years = conform(d.pop("age_in_years", UNSET), "int")

            _field = "color"
            color = conform(d.pop("color", UNSET), "str")

            _field = "gender_raw"
            gender_raw = conform(d.pop("gender_raw", UNSET), "str")

            _field = "is_fixed"
            is_fixed = conform(d.pop("is_fixed", UNSET), "bool")

            _field = "is_service_animal"
            is_service_animal = conform(d.pop("is_service_animal", UNSET), "bool")

            _field = "name"
            name = conform(d.pop("name", UNSET), "str")

            _field = "resident_id"
            resident_id = conform(d.pop("resident_id", UNSET), "str")

            _field = "type"
            type_ = conform(d.pop("type", UNSET), "str")

            _field = "weight_in_pounds"
            weight_in_pounds = conform(d.pop("weight_in_pounds", UNSET), "int")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateResidentPetRequest", _field) from _failure
        _instance = cls(
            integration_id=integration_id,
            age_in_years=age_in_years,
            color=color,
            gender_raw=gender_raw,
            is_fixed=is_fixed,
            is_service_animal=is_service_animal,
            name=name,
            resident_id=resident_id,
            type_=type_,
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
