from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="Sample1Value")


@_attrs_define
class Sample1Value:
    """
    Attributes:
        entity (str):
        license_ (str):
        base_url (str | Unset):
        company_id (str | Unset): Pattern: `^\\w+$`.
        database (str | Unset):
        password (str | Unset):
        platform (str | Unset):
        server_name (str | Unset):
        username (str | Unset):
    """

    entity: str
    license_: str
    base_url: str | Unset = UNSET
    company_id: str | Unset = UNSET
    database: str | Unset = UNSET
    password: str | Unset = UNSET
    platform: str | Unset = UNSET
    server_name: str | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity

        license_ = self.license_

        base_url = self.base_url

        company_id = self.company_id

        database = self.database

        password = self.password

        platform = self.platform

        server_name = self.server_name

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
                "license": license_,
            }
        )
        if base_url is not UNSET:
            field_dict["baseUrl"] = base_url
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if database is not UNSET:
            field_dict["database"] = database
        if password is not UNSET:
            field_dict["password"] = password
        if platform is not UNSET:
            field_dict["platform"] = platform
        if server_name is not UNSET:
            field_dict["serverName"] = server_name
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "entity"
            entity = conform(pop_required(d, "entity", "Sample1Value"), "str")

            _field = "license"
            license_ = conform(pop_required(d, "license", "Sample1Value"), "str")

            _field = "baseUrl"
            base_url = conform(d.pop("baseUrl", UNSET), "str")

            _field = "companyId"
            company_id = conform(d.pop("companyId", UNSET), "str")

            _field = "database"
            database = conform(d.pop("database", UNSET), "str")

            _field = "password"
            password = conform(d.pop("password", UNSET), "str")

            _field = "platform"
            platform = conform(d.pop("platform", UNSET), "str")

            _field = "serverName"
            server_name = conform(d.pop("serverName", UNSET), "str")

            _field = "username"
            username = conform(d.pop("username", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "Sample1Value", _field) from _failure
        _instance = cls(
            entity=entity,
            license_=license_,
            base_url=base_url,
            company_id=company_id,
            database=database,
            password=password,
            platform=platform,
            server_name=server_name,
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
