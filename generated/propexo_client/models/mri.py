from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

T = TypeVar("T", bound="MRI")


@_attrs_define
class MRI:
    """
    Attributes:
        base_url (str):
        client_id (str):
        database_name (str):
        partner_key (str):
        password (str):
        username (str):
    """

    base_url: str
    client_id: str
    database_name: str
    partner_key: str
    password: str
    username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_url = self.base_url

        client_id = self.client_id

        database_name = self.database_name

        partner_key = self.partner_key

        password = self.password

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "baseUrl": base_url,
                "clientId": client_id,
                "databaseName": database_name,
                "partnerKey": partner_key,
                "password": password,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "baseUrl"
            base_url = conform(pop_required(d, "baseUrl", "MRI"), "str")

            _field = "clientId"
            client_id = conform(pop_required(d, "clientId", "MRI"), "str")

            _field = "databaseName"
            database_name = conform(pop_required(d, "databaseName", "MRI"), "str")

            _field = "partnerKey"
            partner_key = conform(pop_required(d, "partnerKey", "MRI"), "str")

            _field = "password"
            password = conform(pop_required(d, "password", "MRI"), "str")

            _field = "username"
            username = conform(pop_required(d, "username", "MRI"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "MRI", _field) from _failure
        _instance = cls(
            base_url=base_url,
            client_id=client_id,
            database_name=database_name,
            partner_key=partner_key,
            password=password,
            username=username,
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
