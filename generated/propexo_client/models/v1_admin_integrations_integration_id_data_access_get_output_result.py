from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required

if TYPE_CHECKING:
    from ..models.v1_admin_integrations_integration_id_data_access_get_output_result_models import (
        V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModels,
    )


T = TypeVar("T", bound="V1AdminIntegrationsIntegrationIdDataAccessGetOutputResult")


@_attrs_define
class V1AdminIntegrationsIntegrationIdDataAccessGetOutputResult:
    """
    Attributes:
        data_access_check_in_process (bool):
        last_data_access_check (None | str):
        models (V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModels):
    """

    data_access_check_in_process: bool
    last_data_access_check: None | str
    models: V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModels
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_access_check_in_process = self.data_access_check_in_process

        last_data_access_check: None | str
        last_data_access_check = self.last_data_access_check

        models = self.models.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data_access_check_in_process": data_access_check_in_process,
                "last_data_access_check": last_data_access_check,
                "models": models,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v1_admin_integrations_integration_id_data_access_get_output_result_models import (
            V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModels,  # noqa: PLC0415
        )

        d = dict(src_dict)
        data_access_check_in_process = pop_required(
            d, "data_access_check_in_process", "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResult"
        )

        def _parse_last_data_access_check(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_data_access_check = _parse_last_data_access_check(
            pop_required(d, "last_data_access_check", "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResult")
        )

        models = V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModels.from_dict(
            pop_required(d, "models", "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResult")
        )

        v1_admin_integrations_integration_id_data_access_get_output_result = cls(
            data_access_check_in_process=data_access_check_in_process,
            last_data_access_check=last_data_access_check,
            models=models,
        )

        v1_admin_integrations_integration_id_data_access_get_output_result.additional_properties = d
        return v1_admin_integrations_integration_id_data_access_get_output_result

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
