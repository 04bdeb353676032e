from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.v1_admin_integrations_get_output_results_item_models_additional_property import (
        V1AdminIntegrationsGetOutputResultsItemModelsAdditionalProperty,
    )


T = TypeVar("T", bound="V1AdminIntegrationsGetOutputResultsItemModels")


@_attrs_define
class V1AdminIntegrationsGetOutputResultsItemModels:
    additional_properties: dict[str, V1AdminIntegrationsGetOutputResultsItemModelsAdditionalProperty] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v1_admin_integrations_get_output_results_item_models_additional_property import (
            V1AdminIntegrationsGetOutputResultsItemModelsAdditionalProperty,  # noqa: PLC0415
        )

        d = dict(src_dict)
        v1_admin_integrations_get_output_results_item_models = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = V1AdminIntegrationsGetOutputResultsItemModelsAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        v1_admin_integrations_get_output_results_item_models.additional_properties = additional_properties
        return v1_admin_integrations_get_output_results_item_models

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> V1AdminIntegrationsGetOutputResultsItemModelsAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: V1AdminIntegrationsGetOutputResultsItemModelsAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
