from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachmentsItem")


@_attrs_define
class AttachmentsItem:
    """
    Attributes:
        file_data (str): Length at most 69730304.
        file_name (str):
        mime_type (str):
        file_type_id (str | Unset):
        is_private (bool | Unset):
        lease_file_type (str | Unset):
    """

    file_data: str
    file_name: str
    mime_type: str
    file_type_id: str | Unset = UNSET
    is_private: bool | Unset = UNSET
    lease_file_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_data = self.file_data

        file_name = self.file_name

        mime_type = self.mime_type

        file_type_id = self.file_type_id

        is_private = self.is_private

        lease_file_type = self.lease_file_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_data": file_data,
                "file_name": file_name,
                "mime_type": mime_type,
            }
        )
        if file_type_id is not UNSET:
            field_dict["file_type_id"] = file_type_id
        if is_private is not UNSET:
            field_dict["is_private"] = is_private
        if lease_file_type is not UNSET:
            field_dict["lease_file_type"] = lease_file_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "file_data"
            file_data = conform(pop_required(d, "file_data", "AttachmentsItem"), "str")

            _field = "file_name"
            file_name = conform(pop_required(d, "file_name", "AttachmentsItem"), "str")

            _field = "mime_type"
            mime_type = conform(pop_required(d, "mime_type", "AttachmentsItem"), "str")

            _field = "file_type_id"
            file_type_id = conform(d.pop("file_type_id", UNSET), "str")

            _field = "is_private"
            is_private = conform(d.pop("is_private", UNSET), "bool")

            _field = "lease_file_type"
            lease_file_type = conform(d.pop("lease_file_type", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "AttachmentsItem", _field) from _failure
        _instance = cls(
            file_data=file_data,
            file_name=file_name,
            mime_type=mime_type,
            file_type_id=file_type_id,
            is_private=is_private,
            lease_file_type=lease_file_type,
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
