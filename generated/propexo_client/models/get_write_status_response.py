from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, conform_list, field_error, pop_required
from ..models.write_status import WriteStatus, check_write_status

T = TypeVar("T", bound="GetWriteStatusResponse")


@_attrs_define
class GetWriteStatusResponse:
    """
    Attributes:
        created_record_id (None | str):
        errors (list[str]):
        write_status (WriteStatus): One of 'SUCCESS', 'PARTIAL_SUCCESS', 'FAILURE', 'PENDING'.
    """

    created_record_id: None | str
    errors: list[str]
    write_status: WriteStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_record_id: None | str
        created_record_id = self.created_record_id

        errors = self.errors

        write_status: str = self.write_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_record_id": created_record_id,
                "errors": errors,
                "write_status": write_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "created_record_id"

            def _parse_created_record_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            created_record_id = _parse_created_record_id(pop_required(d, "created_record_id", "GetWriteStatusResponse"))

            _field = "errors"
            errors = cast(list[str], conform_list(pop_required(d, "errors", "GetWriteStatusResponse"), "str"))

            _field = "write_status"
            write_status = check_write_status(pop_required(d, "write_status", "GetWriteStatusResponse"))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "GetWriteStatusResponse", _field) from _failure
        _instance = cls(
            created_record_id=created_record_id,
            errors=errors,
            write_status=write_status,
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
