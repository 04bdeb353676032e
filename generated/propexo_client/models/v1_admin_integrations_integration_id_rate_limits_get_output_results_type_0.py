from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required

if TYPE_CHECKING:
    from ..models.v1_admin_integrations_integration_id_rate_limits_get_output_results_type_0_api_ratelimits_item import (
        V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType0ApiRatelimitsItem,
    )


T = TypeVar("T", bound="V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType0")


@_attrs_define
class V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType0:
    """
    Attributes:
        api_ratelimits (list[V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType0ApiRatelimitsItem]):
        integration_id (str):
    """

    api_ratelimits: list[V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType0ApiRatelimitsItem]
    integration_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_ratelimits = []
        for api_ratelimits_item_data in self.api_ratelimits:
            api_ratelimits_item = api_ratelimits_item_data.to_dict()
            api_ratelimits.append(api_ratelimits_item)

        integration_id = self.integration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_ratelimits": api_ratelimits,
                "integration_id": integration_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v1_admin_integrations_integration_id_rate_limits_get_output_results_type_0_api_ratelimits_item import (
            V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType0ApiRatelimitsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        api_ratelimits = []
        _api_ratelimits = pop_required(
            d, "api_ratelimits", "V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType0"
        )
        for api_ratelimits_item_data in _api_ratelimits:
            api_ratelimits_item = (
                V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType0ApiRatelimitsItem.from_dict(
                    api_ratelimits_item_data
                )
            )

            api_ratelimits.append(api_ratelimits_item)

        integration_id = pop_required(
            d, "integration_id", "V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType0"
        )

        v1_admin_integrations_integration_id_rate_limits_get_output_results_type_0 = cls(
            api_ratelimits=api_ratelimits,
            integration_id=integration_id,
        )

        v1_admin_integrations_integration_id_rate_limits_get_output_results_type_0.additional_properties = d
        return v1_admin_integrations_integration_id_rate_limits_get_output_results_type_0

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
