from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required
from ..models.v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_update_type_0_status import (
    V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType0Status,
    check_v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_update_type_0_status,
)

T = TypeVar("T", bound="V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType0")


@_attrs_define
class V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType0:
    """
    Attributes:
        error_message (None | str):
        status (V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType0Status): One
            of 'SUCCESS', 'FAILED', 'PROCESSING'.
    """

    error_message: None | str
    status: V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType0Status
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_message: None | str
        error_message = self.error_message

        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error_message": error_message,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_error_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_message = _parse_error_message(
            pop_required(
                d,
                "error_message",
                "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType0",
            )
        )

        status = check_v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_update_type_0_status(
            pop_required(
                d,
                "status",
                "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType0",
            )
        )

        v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_update_type_0 = (
            cls(
                error_message=error_message,
                status=status,
            )
        )

        v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_update_type_0.additional_properties = d
        return (
            v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_update_type_0
        )

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
