from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.from_interfaces import FromInterfaces, check_from_interfaces

T = TypeVar("T", bound="ModelsAdditionalProperty")


@_attrs_define
class ModelsAdditionalProperty:
    """
    Attributes:
        enabled (bool):
        from_interfaces (list[FromInterfaces]):
    """

    enabled: bool
    from_interfaces: list[FromInterfaces]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        from_interfaces = []
        for from_interfaces_item_data in self.from_interfaces:
            from_interfaces_item: str = from_interfaces_item_data
            from_interfaces.append(from_interfaces_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "from_interfaces": from_interfaces,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "enabled"
            enabled = conform(pop_required(d, "enabled", "ModelsAdditionalProperty"), "bool")

            _field = "from_interfaces"
            from_interfaces = []
            _from_interfaces = pop_required(d, "from_interfaces", "ModelsAdditionalProperty")
            for from_interfaces_item_data in _from_interfaces:
                from_interfaces_item = check_from_interfaces(from_interfaces_item_data)

                from_interfaces.append(from_interfaces_item)

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "ModelsAdditionalProperty", _field) from _failure
        _instance = cls(
            enabled=enabled,
            from_interfaces=from_interfaces,
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
