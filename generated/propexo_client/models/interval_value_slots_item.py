from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.sync_cadence import SyncCadence, check_sync_cadence

T = TypeVar("T", bound="IntervalValueSlotsItem")


@_attrs_define
class IntervalValueSlotsItem:
    """
    Attributes:
        end (str): Pattern: `(?:[01]\\d|2[0123]):(?:[012345]\\d)`.
        start (str): Pattern: `(?:[01]\\d|2[0123]):(?:[012345]\\d)`.
        sync_cadence (SyncCadence): One of 'MINUTE', 'HOUR', 'DAY', 'WEEK', 'MONTH', 'SECOND'.
        sync_frequency (int): Greater than 0.
    """

    end: str
    start: str
    sync_cadence: SyncCadence
    sync_frequency: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end = self.end

        start = self.start

        sync_cadence: str = self.sync_cadence

        sync_frequency = self.sync_frequency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end": end,
                "start": start,
                "sync_cadence": sync_cadence,
                "sync_frequency": sync_frequency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "end"
            end = conform(pop_required(d, "end", "IntervalValueSlotsItem"), "str")

            _field = "start"
            start = conform(pop_required(d, "start", "IntervalValueSlotsItem"), "str")

            _field = "sync_cadence"
            sync_cadence = check_sync_cadence(pop_required(d, "sync_cadence", "IntervalValueSlotsItem"))

            _field = "sync_frequency"
            sync_frequency = conform(pop_required(d, "sync_frequency", "IntervalValueSlotsItem"), "int")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "IntervalValueSlotsItem", _field) from _failure
        _instance = cls(
            end=end,
            start=start,
            sync_cadence=sync_cadence,
            sync_frequency=sync_frequency,
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
