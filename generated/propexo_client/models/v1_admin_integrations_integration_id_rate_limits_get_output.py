from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required

if TYPE_CHECKING:
    from ..models.v1_admin_integrations_integration_id_rate_limits_get_output_results_type_0 import (
        V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType0,
    )
    from ..models.v1_admin_integrations_integration_id_rate_limits_get_output_results_type_1 import (
        V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType1,
    )


T = TypeVar("T", bound="V1AdminIntegrationsIntegrationIdRateLimitsGetOutput")


@_attrs_define
class V1AdminIntegrationsIntegrationIdRateLimitsGetOutput:
    """
    Attributes:
        results (V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType0 |
            V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType1):
    """

    results: (
        V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType0
        | V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType1
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.v1_admin_integrations_integration_id_rate_limits_get_output_results_type_0 import (
            V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType0,  # noqa: PLC0415
        )

        results: dict[str, Any]
        if isinstance(self.results, V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType0):
            results = self.results.to_dict()
        else:
            results = self.results.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v1_admin_integrations_integration_id_rate_limits_get_output_results_type_0 import (
            V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType0,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_rate_limits_get_output_results_type_1 import (
            V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType1,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_results(
            data: object,
        ) -> (
            V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType0
            | V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType1
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                results_type_0 = V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType0.from_dict(data)

                return results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            results_type_1 = V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType1.from_dict(data)

            return results_type_1

        results = _parse_results(pop_required(d, "results", "V1AdminIntegrationsIntegrationIdRateLimitsGetOutput"))

        v1_admin_integrations_integration_id_rate_limits_get_output = cls(
            results=results,
        )

        v1_admin_integrations_integration_id_rate_limits_get_output.additional_properties = d
        return v1_admin_integrations_integration_id_rate_limits_get_output

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
