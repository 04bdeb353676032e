from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

T = TypeVar("T", bound="CreateInvoiceRequestAttachmentsItem")


@_attrs_define
class CreateInvoiceRequestAttachmentsItem:
    """
    Attributes:
        file_data (str): Length at most 69730304.
        file_name (str):
        mime_type (str):
    """

    file_data: str
    file_name: str
    mime_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_data = self.file_data

        file_name = self.file_name

        mime_type = self.mime_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_data": file_data,
                "file_name": file_name,
                "mime_type": mime_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "file_data"
            file_data = conform(pop_required(d, "file_data", "CreateInvoiceRequestAttachmentsItem"), "str")

            _field = "file_name"
            file_name = conform(pop_required(d, "file_name", "CreateInvoiceRequestAttachmentsItem"), "str")

            _field = "mime_type"
            mime_type = conform(pop_required(d, "mime_type", "CreateInvoiceRequestAttachmentsItem"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateInvoiceRequestAttachmentsItem", _field) from _failure
        _instance = cls(
            file_data=file_data,
            file_name=file_name,
            mime_type=mime_type,
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
