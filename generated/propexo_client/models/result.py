from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.system import System, check_system
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.headers_item import HeadersItem
    from ..models.triggers_item import TriggersItem


T = TypeVar("T", bound="Result")


@_attrs_define
class Result:
    """
    Attributes:
        active (bool):
        created_at (str):
        headers (list[HeadersItem] | None):
        id (str):
        secret (str):
        system (System): One of 'PRODUCTION', 'SANDBOX'.
        updated_at (str):
        url (str):
        triggers (list[TriggersItem] | Unset):
    """

    active: bool
    created_at: str
    headers: list[HeadersItem] | None
    id: str
    secret: str
    system: System
    updated_at: str
    url: str
    triggers: list[TriggersItem] | Unset = UNSET
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
        from ..models.headers_item import HeadersItem  # noqa: PLC0415
        from ..models.triggers_item import TriggersItem  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "active"
            active = conform(pop_required(d, "active", "Result"), "bool")

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "Result"), "str")

            _field = "headers"

            def _parse_headers(data: object) -> list[HeadersItem] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    headers_type_0 = []
                    _headers_type_0 = data
                    for headers_type_0_item_data in _headers_type_0:
                        headers_type_0_item = HeadersItem.from_dict(headers_type_0_item_data)

                        headers_type_0.append(headers_type_0_item)

                    return headers_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[HeadersItem] | None, conform(data))

            headers = _parse_headers(pop_required(d, "headers", "Result"))

            _field = "id"
            id = conform(pop_required(d, "id", "Result"), "str")

            _field = "secret"
            secret = conform(pop_required(d, "secret", "Result"), "str")

            _field = "system"
            system = check_system(pop_required(d, "system", "Result"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "Result"), "str")

            _field = "url"
            url = conform(pop_required(d, "url", "Result"), "str")

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
            raise field_error(_failure, "Result", _field) from _failure
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
