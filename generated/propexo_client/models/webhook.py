from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.system import System, check_system
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.headers_item import HeadersItem
    from ..models.triggers_item import TriggersItem


T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """
    Attributes:
        active (bool):
        created_at (str):
        id (str):
        secret (str):
        system (System): One of 'PRODUCTION', 'SANDBOX'.
        updated_at (str):
        url (str):
        headers (list[HeadersItem] | Unset):
        triggers (list[TriggersItem] | Unset):
    """

    active: bool
    created_at: str
    id: str
    secret: str
    system: System
    updated_at: str
    url: str
    headers: list[HeadersItem] | Unset = UNSET
    triggers: list[TriggersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_at = self.created_at

        id = self.id

        secret = self.secret

        system: str = self.system

        updated_at = self.updated_at

        url = self.url

        headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = []
            for headers_item_data in self.headers:
                headers_item = headers_item_data.to_dict()
                headers.append(headers_item)

        triggers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.triggers, Unset):
            triggers = []
            for triggers_item_data in self.triggers:
                triggers_item = triggers_item_data.to_dict()
                triggers.append(triggers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "created_at": created_at,
                "id": id,
                "secret": secret,
                "system": system,
                "updated_at": updated_at,
                "url": url,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers
        if triggers is not UNSET:
            field_dict["triggers"] = triggers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.headers_item import HeadersItem  # noqa: PLC0415
        from ..models.triggers_item import TriggersItem  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "active"
            active = conform(pop_required(d, "active", "Webhook"), "bool")

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "Webhook"), "str")

            _field = "id"
            id = conform(pop_required(d, "id", "Webhook"), "str")

            _field = "secret"
            secret = conform(pop_required(d, "secret", "Webhook"), "str")

            _field = "system"
            system = check_system(pop_required(d, "system", "Webhook"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "Webhook"), "str")

            _field = "url"
            url = conform(pop_required(d, "url", "Webhook"), "str")

            _field = "headers"
            _headers = d.pop("headers", UNSET)
            headers: list[HeadersItem] | Unset = UNSET
            if _headers is not UNSET:
                headers = []
                for headers_item_data in _headers:
                    headers_item = HeadersItem.from_dict(headers_item_data)

                    headers.append(headers_item)

            _field = "triggers"
            _triggers = d.pop("triggers", UNSET)
            triggers: list[TriggersItem] | Unset = UNSET
            if _triggers is not UNSET:
                triggers = []
                for triggers_item_data in _triggers:
                    triggers_item = TriggersItem.from_dict(triggers_item_data)

                    triggers.append(triggers_item)

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "Webhook", _field) from _failure
        _instance = cls(
            active=active,
            created_at=created_at,
            id=id,
            secret=secret,
            system=system,
            updated_at=updated_at,
            url=url,
            headers=headers,
            triggers=triggers,
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
