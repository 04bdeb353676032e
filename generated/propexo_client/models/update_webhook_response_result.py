from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.system import System, check_system
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_webhook_response_result_headers_type_0_item import UpdateWebhookResponseResultHeadersType0Item
    from ..models.update_webhook_response_result_triggers_item import UpdateWebhookResponseResultTriggersItem


T = TypeVar("T", bound="UpdateWebhookResponseResult")


@_attrs_define
class UpdateWebhookResponseResult:
    """
    Attributes:
        active (bool):
        created_at (str):
        headers (list[UpdateWebhookResponseResultHeadersType0Item] | None):
        id (str):
        secret (str):
        system (System): One of 'PRODUCTION', 'SANDBOX'.
        updated_at (str):
        url (str):
        triggers (list[UpdateWebhookResponseResultTriggersItem] | Unset):
    """

    active: bool
    created_at: str
    headers: list[UpdateWebhookResponseResultHeadersType0Item] | None
    id: str
    secret: str
    system: System
    updated_at: str
    url: str
    triggers: list[UpdateWebhookResponseResultTriggersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_at = self.created_at

        headers: list[dict[str, Any]] | None
        if isinstance(self.headers, list):
            headers = []
            for headers_type_0_item_data in self.headers:
                headers_type_0_item = headers_type_0_item_data.to_dict()
                headers.append(headers_type_0_item)

        else:
            headers = self.headers

        id = self.id

        secret = self.secret

        system: str = self.system

        updated_at = self.updated_at

        url = self.url

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
                "headers": headers,
                "id": id,
                "secret": secret,
                "system": system,
                "updated_at": updated_at,
                "url": url,
            }
        )
        if triggers is not UNSET:
            field_dict["triggers"] = triggers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_webhook_response_result_headers_type_0_item import (
            UpdateWebhookResponseResultHeadersType0Item,  # noqa: PLC0415
        )
        from ..models.update_webhook_response_result_triggers_item import UpdateWebhookResponseResultTriggersItem  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "active"
            active = conform(pop_required(d, "active", "UpdateWebhookResponseResult"), "bool")

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "UpdateWebhookResponseResult"), "str")

            _field = "headers"

            def _parse_headers(data: object) -> list[UpdateWebhookResponseResultHeadersType0Item] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    headers_type_0 = []
                    _headers_type_0 = data
                    for headers_type_0_item_data in _headers_type_0:
                        headers_type_0_item = UpdateWebhookResponseResultHeadersType0Item.from_dict(
                            headers_type_0_item_data
                        )

                        headers_type_0.append(headers_type_0_item)

                    return headers_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[UpdateWebhookResponseResultHeadersType0Item] | None, conform(data))

            headers = _parse_headers(pop_required(d, "headers", "UpdateWebhookResponseResult"))

            _field = "id"
            id = conform(pop_required(d, "id", "UpdateWebhookResponseResult"), "str")

            _field = "secret"
            secret = conform(pop_required(d, "secret", "UpdateWebhookResponseResult"), "str")

            _field = "system"
            system = check_system(pop_required(d, "system", "UpdateWebhookResponseResult"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "UpdateWebhookResponseResult"), "str")

            _field = "url"
            url = conform(pop_required(d, "url", "UpdateWebhookResponseResult"), "str")

            _field = "triggers"
            _triggers = d.pop("triggers", UNSET)
            triggers: list[UpdateWebhookResponseResultTriggersItem] | Unset = UNSET
            if _triggers is not UNSET:
                triggers = []
                for triggers_item_data in _triggers:
                    triggers_item = UpdateWebhookResponseResultTriggersItem.from_dict(triggers_item_data)

                    triggers.append(triggers_item)

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "UpdateWebhookResponseResult", _field) from _failure
        _instance = cls(
            active=active,
            created_at=created_at,
            headers=headers,
            id=id,
            secret=secret,
            system=system,
            updated_at=updated_at,
            url=url,
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
