from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

T = TypeVar("T", bound="Resman")


@_attrs_define
class Resman:
    """
    Attributes:
        account_id (str):
        api_key (str):
        integration_partner_id (str):
    """

    account_id: str
    api_key: str
    integration_partner_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        api_key = self.api_key

        integration_partner_id = self.integration_partner_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "apiKey": api_key,
                "integrationPartnerId": integration_partner_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "accountId"
            account_id = conform(pop_required(d, "accountId", "Resman"), "str")

            _field = "apiKey"
            api_key = conform(pop_required(d, "apiKey", "Resman"), "str")

            _field = "integrationPartnerId"
            integration_partner_id = conform(pop_required(d, "integrationPartnerId", "Resman"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "Resman", _field) from _failure
        _instance = cls(
            account_id=account_id,
            api_key=api_key,
            integration_partner_id=integration_partner_id,
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
