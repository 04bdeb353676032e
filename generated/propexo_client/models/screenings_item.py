from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

T = TypeVar("T", bound="ScreeningsItem")


@_attrs_define
class ScreeningsItem:
    """
    Attributes:
        created_at (str):
        id (str):
        last_seen (str):
        screening_date (None | str):
        status_raw (None | str):
        x_id (str):
    """

    created_at: str
    id: str
    last_seen: str
    screening_date: None | str
    status_raw: None | str
    x_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        id = self.id

        last_seen = self.last_seen

        screening_date: None | str
        screening_date = self.screening_date

        status_raw: None | str
        status_raw = self.status_raw

        x_id = self.x_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "last_seen": last_seen,
                "screening_date": screening_date,
                "status_raw": status_raw,
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
            created_at = conform(pop_required(d, "created_at", "ScreeningsItem"), "str")

            _field = "id"
            id = conform(pop_required(d, "id", "ScreeningsItem"), "str")

            _field = "last_seen"
            last_seen = conform(pop_required(d, "last_seen", "ScreeningsItem"), "str")

            _field = "screening_date"

            def _parse_screening_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            screening_date = _parse_screening_date(pop_required(d, "screening_date", "ScreeningsItem"))

            _field = "status_raw"

            def _parse_status_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            status_raw = _parse_status_raw(pop_required(d, "status_raw", "ScreeningsItem"))

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "ScreeningsItem"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "ScreeningsItem", _field) from _failure
        _instance = cls(
            created_at=created_at,
            id=id,
            last_seen=last_seen,
            screening_date=screening_date,
            status_raw=status_raw,
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
