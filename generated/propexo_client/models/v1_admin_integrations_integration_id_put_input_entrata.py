from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required

T = TypeVar("T", bound="V1AdminIntegrationsIntegrationIdPutInputEntrata")


@_attrs_define
class V1AdminIntegrationsIntegrationIdPutInputEntrata:
    """
    Attributes:
        api_key (str):
        company_id (str):
    """

    api_key: str
    company_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        company_id = self.company_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKey": api_key,
                "companyId": company_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key = pop_required(d, "apiKey", "V1AdminIntegrationsIntegrationIdPutInputEntrata")

        company_id = pop_required(d, "companyId", "V1AdminIntegrationsIntegrationIdPutInputEntrata")

        v1_admin_integrations_integration_id_put_input_entrata = cls(
            api_key=api_key,
            company_id=company_id,
        )

        v1_admin_integrations_integration_id_put_input_entrata.additional_properties = d
        return v1_admin_integrations_integration_id_put_input_entrata

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
