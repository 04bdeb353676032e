from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

T = TypeVar("T", bound="CreateIntegrationPropertyListResponseResults")


@_attrs_define
class CreateIntegrationPropertyListResponseResults:
    """
    Attributes:
        created_at (str):
        enabled (bool):
        id (str):
        integration_id (str):
        property_list_id (str):
        x_property_list_id (str):
    """

    created_at: str
    enabled: bool
    id: str
    integration_id: str
    property_list_id: str
    x_property_list_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        enabled = self.enabled

        id = self.id

        integration_id = self.integration_id

        property_list_id = self.property_list_id

        x_property_list_id = self.x_property_list_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "enabled": enabled,
                "id": id,
                "integration_id": integration_id,
                "property_list_id": property_list_id,
                "x_property_list_id": x_property_list_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "CreateIntegrationPropertyListResponseResults"), "str")

            _field = "enabled"
            enabled = conform(pop_required(d, "enabled", "CreateIntegrationPropertyListResponseResults"), "bool")

            _field = "id"
            id = conform(pop_required(d, "id", "CreateIntegrationPropertyListResponseResults"), "str")

            _field = "integration_id"
            integration_id = conform(
                pop_required(d, "integration_id", "CreateIntegrationPropertyListResponseResults"), "str"
            )

            _field = "property_list_id"
            property_list_id = conform(
                pop_required(d, "property_list_id", "CreateIntegrationPropertyListResponseResults"), "str"
            )

            _field = "x_property_list_id"
            x_property_list_id = conform(
                pop_required(d, "x_property_list_id", "CreateIntegrationPropertyListResponseResults"), "str"
            )

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateIntegrationPropertyListResponseResults", _field) from _failure
        _instance = cls(
            created_at=created_at,
            enabled=enabled,
            id=id,
            integration_id=integration_id,
            property_list_id=property_list_id,
            x_property_list_id=x_property_list_id,
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
