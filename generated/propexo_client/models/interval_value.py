from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, field_error, pop_required

if TYPE_CHECKING:
    from ..models.interval_value_slots_item import IntervalValueSlotsItem


T = TypeVar("T", bound="IntervalValue")


@_attrs_define
class IntervalValue:
    """
    Attributes:
        slots (list[IntervalValueSlotsItem]):
    """

    slots: list[IntervalValueSlotsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slots = []
        for slots_item_data in self.slots:
            slots_item = slots_item_data.to_dict()
            slots.append(slots_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slots": slots,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interval_value_slots_item import IntervalValueSlotsItem  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "slots"
            slots = []
            _slots = pop_required(d, "slots", "IntervalValue")
            for slots_item_data in _slots:
                slots_item = IntervalValueSlotsItem.from_dict(slots_item_data)

                slots.append(slots_item)

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "IntervalValue", _field) from _failure
        _instance = cls(
            slots=slots,
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
