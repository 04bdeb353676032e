from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error
from ..types import UNSET, Unset

T = TypeVar("T", bound="Location")


@_attrs_define
class Location:
    """
    Attributes:
        created_at (str | Unset):
        id (str | Unset):
        integration_id (str | Unset):
        integration_vendor (str | Unset):
        last_seen (None | str | Unset):
        name (None | str | Unset):
        updated_at (str | Unset):
        x_id (str | Unset):
    """

    created_at: str | Unset = UNSET
    id: str | Unset = UNSET
    integration_id: str | Unset = UNSET
    integration_vendor: str | Unset = UNSET
    last_seen: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    updated_at: str | Unset = UNSET
    x_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        id = self.id

        integration_id = self.integration_id

        integration_vendor = self.integration_vendor

        last_seen: None | str | Unset
        if isinstance(self.last_seen, Unset):
            last_seen = UNSET
        else:
            last_seen = self.last_seen

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        updated_at = self.updated_at

        x_id = self.x_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id
        if integration_vendor is not UNSET:
            field_dict["integration_vendor"] = integration_vendor
        if last_seen is not UNSET:
            field_dict["last_seen"] = last_seen
        if name is not UNSET:
            field_dict["name"] = name
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if x_id is not UNSET:
            field_dict["x_id"] = x_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "created_at"
            created_at = conform(d.pop("created_at", UNSET), "str")

            _field = "id"
            id = conform(d.pop("id", UNSET), "str")

            _field = "integration_id"
            integration_id = conform(d.pop("integration_id", UNSET), "str")

            _field = "integration_vendor"
            integration_vendor = conform(d.pop("integration_vendor", UNSET), "str")

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, conform(data, "str"))

            last_seen = _parse_last_seen(d.pop("last_seen", UNSET))

            _field = "name"

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, conform(data, "str"))

            name = _parse_name(d.pop("name", UNSET))

            _field = "updated_at"
            updated_at = conform(d.pop("updated_at", UNSET), "str")

            _field = "x_id"
            x_id = conform(d.pop("x_id", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "Location", _field) from _failure
        _instance = cls(
            created_at=created_at,
            id=id,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            last_seen=last_seen,
            name=name,
            updated_at=updated_at,
            x_id=x_id,
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
