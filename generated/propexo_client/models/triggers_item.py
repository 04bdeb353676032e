from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

T = TypeVar("T", bound="TriggersItem")


@_attrs_define
class TriggersItem:
    """
    Attributes:
        id (str):
        model (None | str):
        trigger (str):
    """

    id: str
    model: None | str
    trigger: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        model: None | str
        model = self.model

        trigger = self.trigger

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "model": model,
                "trigger": trigger,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "id"
            id = conform(pop_required(d, "id", "TriggersItem"), "str")

            _field = "model"

            def _parse_model(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            model = _parse_model(pop_required(d, "model", "TriggersItem"))

            _field = "trigger"
            trigger = conform(pop_required(d, "trigger", "TriggersItem"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "TriggersItem", _field) from _failure
        _instance = cls(
            id=id,
            model=model,
            trigger=trigger,
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
