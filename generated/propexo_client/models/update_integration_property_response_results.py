from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateIntegrationPropertyResponseResults")


@_attrs_define
class UpdateIntegrationPropertyResponseResults:
    """
    Attributes:
        created_at (str):
        enabled (bool):
        id (str):
        integration_id (str):
        property_id (str):
        additional_message (str | Unset):
    """

    created_at: str
    enabled: bool
    id: str
    integration_id: str
    property_id: str
    additional_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        enabled = self.enabled

        id = self.id

        integration_id = self.integration_id

        property_id = self.property_id

        additional_message = self.additional_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "enabled": enabled,
                "id": id,
                "integration_id": integration_id,
                "property_id": property_id,
            }
        )
        if additional_message is not UNSET:
            field_dict["additional_message"] = additional_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = pop_required(d, "created_at", "UpdateIntegrationPropertyResponseResults")

        enabled = pop_required(d, "enabled", "UpdateIntegrationPropertyResponseResults")

        id = pop_required(d, "id", "UpdateIntegrationPropertyResponseResults")

        integration_id = pop_required(d, "integration_id", "UpdateIntegrationPropertyResponseResults")

        property_id = pop_required(d, "property_id", "UpdateIntegrationPropertyResponseResults")

        additional_message = d.pop("additional_message", UNSET)

        _instance = cls(
            created_at=created_at,
            enabled=enabled,
            id=id,
            integration_id=integration_id,
            property_id=property_id,
            additional_message=additional_message,
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
