from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required
from ..models.enum_1 import Enum1, check_enum_1
from ..types import UNSET, Unset

T = TypeVar("T", bound="V1AdminNormalizationModelFieldGetInput")


@_attrs_define
class V1AdminNormalizationModelFieldGetInput:
    """
    Attributes:
        integration_vendor (Enum1): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE', 'PROPERTYWARE_REST',
            'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        integration_id (str | Unset):
    """

    integration_vendor: Enum1
    integration_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_vendor: str = self.integration_vendor

        integration_id = self.integration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_vendor": integration_vendor,
            }
        )
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        integration_vendor = check_enum_1(
            pop_required(d, "integration_vendor", "V1AdminNormalizationModelFieldGetInput")
        )

        integration_id = d.pop("integration_id", UNSET)

        v1_admin_normalization_model_field_get_input = cls(
            integration_vendor=integration_vendor,
            integration_id=integration_id,
        )

        v1_admin_normalization_model_field_get_input.additional_properties = d
        return v1_admin_normalization_model_field_get_input

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
