from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, field_error
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.interval_value import IntervalValue


T = TypeVar("T", bound="CustomSyncScheduleInterval")


@_attrs_define
class CustomSyncScheduleInterval:
    """
    Attributes:
        friday (IntervalValue | Unset):
        monday (IntervalValue | Unset):
        saturday (IntervalValue | Unset):
        sunday (IntervalValue | Unset):
        thursday (IntervalValue | Unset):
        tuesday (IntervalValue | Unset):
        wednesday (IntervalValue | Unset):
    """

    friday: IntervalValue | Unset = UNSET
    monday: IntervalValue | Unset = UNSET
    saturday: IntervalValue | Unset = UNSET
    sunday: IntervalValue | Unset = UNSET
    thursday: IntervalValue | Unset = UNSET
    tuesday: IntervalValue | Unset = UNSET
    wednesday: IntervalValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        friday: dict[str, Any] | Unset = UNSET
        if not isinstance(self.friday, Unset):
            friday = self.friday.to_dict()

        monday: dict[str, Any] | Unset = UNSET
        if not isinstance(self.monday, Unset):
            monday = self.monday.to_dict()

        saturday: dict[str, Any] | Unset = UNSET
        if not isinstance(self.saturday, Unset):
            saturday = self.saturday.to_dict()

        sunday: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sunday, Unset):
            sunday = self.sunday.to_dict()

        thursday: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thursday, Unset):
            thursday = self.thursday.to_dict()

        tuesday: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tuesday, Unset):
            tuesday = self.tuesday.to_dict()

        wednesday: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wednesday, Unset):
            wednesday = self.wednesday.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if friday is not UNSET:
            field_dict["FRIDAY"] = friday
        if monday is not UNSET:
            field_dict["MONDAY"] = monday
        if saturday is not UNSET:
            field_dict["SATURDAY"] = saturday
        if sunday is not UNSET:
            field_dict["SUNDAY"] = sunday
        if thursday is not UNSET:
            field_dict["THURSDAY"] = thursday
        if tuesday is not UNSET:
            field_dict["TUESDAY"] = tuesday
        if wednesday is not UNSET:
            field_dict["WEDNESDAY"] = wednesday

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interval_value import IntervalValue  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "FRIDAY"
            _friday = d.pop("FRIDAY", UNSET)
            friday: IntervalValue | Unset
            if isinstance(_friday, Unset):
                friday = UNSET
            else:
                friday = IntervalValue.from_dict(_friday)

            _field = "MONDAY"
            _monday = d.pop("MONDAY", UNSET)
            monday: IntervalValue | Unset
            if isinstance(_monday, Unset):
                monday = UNSET
            else:
                monday = IntervalValue.from_dict(_monday)

            _field = "SATURDAY"
            _saturday = d.pop("SATURDAY", UNSET)
            saturday: IntervalValue | Unset
            if isinstance(_saturday, Unset):
                saturday = UNSET
            else:
                saturday = IntervalValue.from_dict(_saturday)

            _field = "SUNDAY"
            _sunday = d.pop("SUNDAY", UNSET)
            sunday: IntervalValue | Unset
            if isinstance(_sunday, Unset):
                sunday = UNSET
            else:
                sunday = IntervalValue.from_dict(_sunday)

            _field = "THURSDAY"
            _thursday = d.pop("THURSDAY", UNSET)
            thursday: IntervalValue | Unset
            if isinstance(_thursday, Unset):
                thursday = UNSET
            else:
                thursday = IntervalValue.from_dict(_thursday)

            _field = "TUESDAY"
            _tuesday = d.pop("TUESDAY", UNSET)
            tuesday: IntervalValue | Unset
            if isinstance(_tuesday, Unset):
                tuesday = UNSET
            else:
                tuesday = IntervalValue.from_dict(_tuesday)

            _field = "WEDNESDAY"
            _wednesday = d.pop("WEDNESDAY", UNSET)
            wednesday: IntervalValue | Unset
            if isinstance(_wednesday, Unset):
                wednesday = UNSET
            else:
                wednesday = IntervalValue.from_dict(_wednesday)

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CustomSyncScheduleInterval", _field) from _failure
        _instance = cls(
            friday=friday,
            monday=monday,
            saturday=saturday,
            sunday=sunday,
            thursday=thursday,
            tuesday=tuesday,
            wednesday=wednesday,
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
