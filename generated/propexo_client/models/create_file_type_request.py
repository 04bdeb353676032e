from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.create_file_type_request_model import CreateFileTypeRequestModel, check_create_file_type_request_model
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateFileTypeRequest")


@_attrs_define
class CreateFileTypeRequest:
    """
    Attributes:
        integration_id (str):
        location_id (str | Unset):
        model (CreateFileTypeRequestModel | Unset): One of 'units', 'residents', 'properties'.
        name (str | Unset):
    """

    integration_id: str
    location_id: str | Unset = UNSET
    model: CreateFileTypeRequestModel | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        location_id = self.location_id

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_id": integration_id,
            }
        )
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if model is not UNSET:
            field_dict["model"] = model
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "CreateFileTypeRequest"), "str")

            _field = "location_id"
            location_id = conform(d.pop("location_id", UNSET), "str")

            _field = "model"
            _model = d.pop("model", UNSET)
            model: CreateFileTypeRequestModel | Unset
            if isinstance(_model, Unset):
                model = UNSET
            else:
                model = check_create_file_type_request_model(_model)

            _field = "name"
            name = conform(d.pop("name", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateFileTypeRequest", _field) from _failure
        _instance = cls(
            integration_id=integration_id,
            location_id=location_id,
            model=model,
            name=name,
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
