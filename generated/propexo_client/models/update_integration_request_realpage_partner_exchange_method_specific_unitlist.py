from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required

T = TypeVar("T", bound="UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificUnitlist")


@_attrs_define
class UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificUnitlist:
    """
    Attributes:
        base_url (str):
        licensekey (str):
    """

    base_url: str
    licensekey: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_url = self.base_url

        licensekey = self.licensekey

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "baseUrl": base_url,
                "licensekey": licensekey,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base_url = pop_required(d, "baseUrl", "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificUnitlist")

        licensekey = pop_required(
            d, "licensekey", "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificUnitlist"
        )

        _instance = cls(
            base_url=base_url,
            licensekey=licensekey,
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
