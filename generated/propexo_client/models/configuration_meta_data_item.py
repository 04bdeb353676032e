from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

if TYPE_CHECKING:
    from ..models.configuration_meta_data_item_configuration_data import ConfigurationMetaDataItemConfigurationData
    from ..models.custom_data_type_0 import CustomDataType0


T = TypeVar("T", bound="ConfigurationMetaDataItem")


@_attrs_define
class ConfigurationMetaDataItem:
    """
    Attributes:
        configuration_data (ConfigurationMetaDataItemConfigurationData):
        custom_data (CustomDataType0 | None):
        interface_name (None | str):
        last_seen (str):
    """

    configuration_data: ConfigurationMetaDataItemConfigurationData
    custom_data: CustomDataType0 | None
    interface_name: None | str
    last_seen: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        configuration_data = self.configuration_data.to_dict()

        custom_data: dict[str, Any] | None
        if isinstance(self.custom_data, CustomDataType0):
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
        from ..models.configuration_meta_data_item_configuration_data import ConfigurationMetaDataItemConfigurationData  # noqa: PLC0415
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "configuration_data"
            configuration_data = ConfigurationMetaDataItemConfigurationData.from_dict(
                pop_required(d, "configuration_data", "ConfigurationMetaDataItem")
            )

            _field = "custom_data"

            def _parse_custom_data(data: object) -> CustomDataType0 | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_custom_data_type_0 = CustomDataType0.from_dict(data)

                    return componentsschemas_custom_data_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CustomDataType0 | None, conform(data))

            custom_data = _parse_custom_data(pop_required(d, "custom_data", "ConfigurationMetaDataItem"))

            _field = "interface_name"

            def _parse_interface_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            interface_name = _parse_interface_name(pop_required(d, "interface_name", "ConfigurationMetaDataItem"))

            _field = "last_seen"
            last_seen = conform(pop_required(d, "last_seen", "ConfigurationMetaDataItem"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "ConfigurationMetaDataItem", _field) from _failure
        _instance = cls(
            configuration_data=configuration_data,
            custom_data=custom_data,
            interface_name=interface_name,
            last_seen=last_seen,
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
