from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

T = TypeVar("T", bound="LeaseServicesItem")


@_attrs_define
class LeaseServicesItem:
    """
    Attributes:
        created_at (str):
        id (str):
        last_seen (str):
        lease_id (str):
        name (str):
        updated_at (str):
    """

    created_at: str
    id: str
    last_seen: str
    lease_id: str
    name: str
    updated_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        id = self.id

        last_seen = self.last_seen

        lease_id = self.lease_id

        name = self.name

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "last_seen": last_seen,
                "lease_id": lease_id,
                "name": name,
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
            created_at = conform(pop_required(d, "created_at", "LeaseServicesItem"), "str")

            _field = "id"
            id = conform(pop_required(d, "id", "LeaseServicesItem"), "str")

            _field = "last_seen"
            last_seen = conform(pop_required(d, "last_seen", "LeaseServicesItem"), "str")

            _field = "lease_id"
            lease_id = conform(pop_required(d, "lease_id", "LeaseServicesItem"), "str")

            _field = "name"
            name = conform(pop_required(d, "name", "LeaseServicesItem"), "str")

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "LeaseServicesItem"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "LeaseServicesItem", _field) from _failure
        _instance = cls(
            created_at=created_at,
            id=id,
            last_seen=last_seen,
            lease_id=lease_id,
            name=name,
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
