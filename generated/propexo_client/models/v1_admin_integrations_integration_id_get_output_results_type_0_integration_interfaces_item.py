from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.v1_admin_integrations_integration_id_get_output_results_type_0_integration_interfaces_item_interface_name import (
    V1AdminIntegrationsIntegrationIdGetOutputResultsType0IntegrationInterfacesItemInterfaceName,
    check_v1_admin_integrations_integration_id_get_output_results_type_0_integration_interfaces_item_interface_name,
)

T = TypeVar("T", bound="V1AdminIntegrationsIntegrationIdGetOutputResultsType0IntegrationInterfacesItem")


@_attrs_define
class V1AdminIntegrationsIntegrationIdGetOutputResultsType0IntegrationInterfacesItem:
    """
    Attributes:
        enabled (bool):
        interface_name (V1AdminIntegrationsIntegrationIdGetOutputResultsType0IntegrationInterfacesItemInterfaceName):
        version (None | str):
    """

    enabled: bool
    interface_name: V1AdminIntegrationsIntegrationIdGetOutputResultsType0IntegrationInterfacesItemInterfaceName
    version: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        interface_name: str = self.interface_name

        version: None | str
        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "interface_name": interface_name,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        interface_name = check_v1_admin_integrations_integration_id_get_output_results_type_0_integration_interfaces_item_interface_name(
            d.pop("interface_name")
        )

        def _parse_version(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        version = _parse_version(d.pop("version"))

        v1_admin_integrations_integration_id_get_output_results_type_0_integration_interfaces_item = cls(
            enabled=enabled,
            interface_name=interface_name,
            version=version,
        )

        v1_admin_integrations_integration_id_get_output_results_type_0_integration_interfaces_item.additional_properties = d
        return v1_admin_integrations_integration_id_get_output_results_type_0_integration_interfaces_item

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
