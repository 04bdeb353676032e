from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, field_error, pop_required
from ..models.custom_sync_schedule_timezone import CustomSyncScheduleTimezone, check_custom_sync_schedule_timezone
from ..models.type_ import Type, check_type

if TYPE_CHECKING:
    from ..models.custom_sync_schedule_interval import CustomSyncScheduleInterval


T = TypeVar("T", bound="CustomSyncSchedule")


@_attrs_define
class CustomSyncSchedule:
    """
    Attributes:
        interval (CustomSyncScheduleInterval):
        timezone (CustomSyncScheduleTimezone): One of 'UTC', 'America/New_York', 'America/Chicago', 'America/Denver',
            'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu'.
        type_ (Type): One of 'WEEK_BASED'.
    """

    interval: CustomSyncScheduleInterval
    timezone: CustomSyncScheduleTimezone
    type_: Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval = self.interval.to_dict()

        timezone: str = self.timezone

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interval": interval,
                "timezone": timezone,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_sync_schedule_interval import CustomSyncScheduleInterval  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "interval"
            interval = CustomSyncScheduleInterval.from_dict(pop_required(d, "interval", "CustomSyncSchedule"))

            _field = "timezone"
            timezone = check_custom_sync_schedule_timezone(pop_required(d, "timezone", "CustomSyncSchedule"))

            _field = "type"
            type_ = check_type(pop_required(d, "type", "CustomSyncSchedule"))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CustomSyncSchedule", _field) from _failure
        _instance = cls(
            interval=interval,
            timezone=timezone,
            type_=type_,
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
