from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

T = TypeVar("T", bound="ServiceRequestEmployeesItem")


@_attrs_define
class ServiceRequestEmployeesItem:
    """
    Attributes:
        created_at (str):
        id (str):
        last_seen (None | str):
        name (None | str):
        updated_at (str):
        x_id (str):
    """

    created_at: str
    id: str
    last_seen: None | str
    name: None | str
    updated_at: str
    x_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        id = self.id

        last_seen: None | str
        last_seen = self.last_seen

        name: None | str
        name = self.name

        updated_at = self.updated_at

        x_id = self.x_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "last_seen": last_seen,
                "name": name,
                "updated_at": updated_at,
                "x_id": x_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "ServiceRequestEmployeesItem"), "str")

            _field = "id"
            id = conform(pop_required(d, "id", "ServiceRequestEmployeesItem"), "str")

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "ServiceRequestEmployeesItem"))

            _field = "name"

            def _parse_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            name = _parse_name(pop_required(d, "name", "ServiceRequestEmployeesItem"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "ServiceRequestEmployeesItem"), "str")

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "ServiceRequestEmployeesItem"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "ServiceRequestEmployeesItem", _field) from _failure
        _instance = cls(
            created_at=created_at,
            id=id,
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
