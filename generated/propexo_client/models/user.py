from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.roles import Roles, check_roles

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """
    Attributes:
        created_at (str):
        email (str): Format: email.
        first_name (str):
        id (str):
        last_name (str):
        roles (list[Roles]):
        updated_at (str):
    """

    created_at: str
    email: str
    first_name: str
    id: str
    last_name: str
    roles: list[Roles]
    updated_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        email = self.email

        first_name = self.first_name

        id = self.id

        last_name = self.last_name

        roles = []
        for roles_item_data in self.roles:
            roles_item: str = roles_item_data
            roles.append(roles_item)

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "email": email,
                "first_name": first_name,
                "id": id,
                "last_name": last_name,
                "roles": roles,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "User"), "str")

            _field = "email"
            email = conform(pop_required(d, "email", "User"), "str")

            _field = "first_name"
            first_name = conform(pop_required(d, "first_name", "User"), "str")

            _field = "id"
            id = conform(pop_required(d, "id", "User"), "str")

            _field = "last_name"
            last_name = conform(pop_required(d, "last_name", "User"), "str")

            _field = "roles"
            roles = []
            _roles = pop_required(d, "roles", "User")
            for roles_item_data in _roles:
                roles_item = check_roles(roles_item_data)

                roles.append(roles_item)

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "User"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "User", _field) from _failure
        _instance = cls(
            created_at=created_at,
            email=email,
            first_name=first_name,
            id=id,
            last_name=last_name,
            roles=roles,
            updated_at=updated_at,
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
