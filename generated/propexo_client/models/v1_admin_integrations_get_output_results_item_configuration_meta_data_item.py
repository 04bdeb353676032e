from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required

if TYPE_CHECKING:
    from ..models.v1_admin_integrations_get_output_results_item_configuration_meta_data_item_configuration_data import (
        V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItemConfigurationData,
    )
    from ..models.v1_admin_integrations_get_output_results_item_configuration_meta_data_item_custom_data_type_0 import (
        V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItemCustomDataType0,
    )


T = TypeVar("T", bound="V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItem")


@_attrs_define
class V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItem:
    """
    Attributes:
        configuration_data (V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItemConfigurationData):
        custom_data (None | V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItemCustomDataType0):
        interface_name (None | str):
        last_seen (str):
    """

    configuration_data: V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItemConfigurationData
    custom_data: None | V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItemCustomDataType0
    interface_name: None | str
    last_seen: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.v1_admin_integrations_get_output_results_item_configuration_meta_data_item_custom_data_type_0 import (
            V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItemCustomDataType0,  # noqa: PLC0415
        )

        configuration_data = self.configuration_data.to_dict()

        custom_data: dict[str, Any] | None
        if isinstance(
            self.custom_data, V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItemCustomDataType0
        ):
            custom_data = self.custom_data.to_dict()
        else:
            custom_data = self.custom_data

        interface_name: None | str
        interface_name = self.interface_name

        last_seen = self.last_seen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configuration_data": configuration_data,
                "custom_data": custom_data,
                "interface_name": interface_name,
                "last_seen": last_seen,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v1_admin_integrations_get_output_results_item_configuration_meta_data_item_configuration_data import (
            V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItemConfigurationData,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_get_output_results_item_configuration_meta_data_item_custom_data_type_0 import (
            V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItemCustomDataType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        configuration_data = (
            V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItemConfigurationData.from_dict(
                pop_required(
                    d, "configuration_data", "V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItem"
                )
            )
        )

        def _parse_custom_data(
            data: object,
        ) -> None | V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItemCustomDataType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_data_type_0 = (
                    V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItemCustomDataType0.from_dict(data)
                )

                return custom_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItemCustomDataType0, data)

        custom_data = _parse_custom_data(
            pop_required(d, "custom_data", "V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItem")
        )

        def _parse_interface_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        interface_name = _parse_interface_name(
            pop_required(d, "interface_name", "V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItem")
        )

        last_seen = pop_required(d, "last_seen", "V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItem")

        v1_admin_integrations_get_output_results_item_configuration_meta_data_item = cls(
            configuration_data=configuration_data,
            custom_data=custom_data,
            interface_name=interface_name,
            last_seen=last_seen,
        )

        v1_admin_integrations_get_output_results_item_configuration_meta_data_item.additional_properties = d
        return v1_admin_integrations_get_output_results_item_configuration_meta_data_item

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
