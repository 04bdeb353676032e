from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, field_error
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_integration_request_custom_sync_schedule_interval_friday import (
        CreateIntegrationRequestCustomSyncScheduleIntervalFRIDAY,
    )
    from ..models.create_integration_request_custom_sync_schedule_interval_monday import (
        CreateIntegrationRequestCustomSyncScheduleIntervalMONDAY,
    )
    from ..models.create_integration_request_custom_sync_schedule_interval_saturday import (
        CreateIntegrationRequestCustomSyncScheduleIntervalSATURDAY,
    )
    from ..models.create_integration_request_custom_sync_schedule_interval_sunday import (
        CreateIntegrationRequestCustomSyncScheduleIntervalSUNDAY,
    )
    from ..models.create_integration_request_custom_sync_schedule_interval_thursday import (
        CreateIntegrationRequestCustomSyncScheduleIntervalTHURSDAY,
    )
    from ..models.create_integration_request_custom_sync_schedule_interval_tuesday import (
        CreateIntegrationRequestCustomSyncScheduleIntervalTUESDAY,
    )
    from ..models.create_integration_request_custom_sync_schedule_interval_wednesday import (
        CreateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAY,
    )


T = TypeVar("T", bound="CreateIntegrationRequestCustomSyncScheduleInterval")


@_attrs_define
class CreateIntegrationRequestCustomSyncScheduleInterval:
    """
    Attributes:
        friday (CreateIntegrationRequestCustomSyncScheduleIntervalFRIDAY | Unset):
        monday (CreateIntegrationRequestCustomSyncScheduleIntervalMONDAY | Unset):
        saturday (CreateIntegrationRequestCustomSyncScheduleIntervalSATURDAY | Unset):
        sunday (CreateIntegrationRequestCustomSyncScheduleIntervalSUNDAY | Unset):
        thursday (CreateIntegrationRequestCustomSyncScheduleIntervalTHURSDAY | Unset):
        tuesday (CreateIntegrationRequestCustomSyncScheduleIntervalTUESDAY | Unset):
        wednesday (CreateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAY | Unset):
    """

    friday: CreateIntegrationRequestCustomSyncScheduleIntervalFRIDAY | Unset = UNSET
    monday: CreateIntegrationRequestCustomSyncScheduleIntervalMONDAY | Unset = UNSET
    saturday: CreateIntegrationRequestCustomSyncScheduleIntervalSATURDAY | Unset = UNSET
    sunday: CreateIntegrationRequestCustomSyncScheduleIntervalSUNDAY | Unset = UNSET
    thursday: CreateIntegrationRequestCustomSyncScheduleIntervalTHURSDAY | Unset = UNSET
    tuesday: CreateIntegrationRequestCustomSyncScheduleIntervalTUESDAY | Unset = UNSET
    wednesday: CreateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAY | Unset = UNSET
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
        from ..models.create_integration_request_custom_sync_schedule_interval_friday import (
            CreateIntegrationRequestCustomSyncScheduleIntervalFRIDAY,  # noqa: PLC0415
        )
        from ..models.create_integration_request_custom_sync_schedule_interval_monday import (
            CreateIntegrationRequestCustomSyncScheduleIntervalMONDAY,  # noqa: PLC0415
        )
        from ..models.create_integration_request_custom_sync_schedule_interval_saturday import (
            CreateIntegrationRequestCustomSyncScheduleIntervalSATURDAY,  # noqa: PLC0415
        )
        from ..models.create_integration_request_custom_sync_schedule_interval_sunday import (
            CreateIntegrationRequestCustomSyncScheduleIntervalSUNDAY,  # noqa: PLC0415
        )
        from ..models.create_integration_request_custom_sync_schedule_interval_thursday import (
            CreateIntegrationRequestCustomSyncScheduleIntervalTHURSDAY,  # noqa: PLC0415
        )
        from ..models.create_integration_request_custom_sync_schedule_interval_tuesday import (
            CreateIntegrationRequestCustomSyncScheduleIntervalTUESDAY,  # noqa: PLC0415
        )
        from ..models.create_integration_request_custom_sync_schedule_interval_wednesday import (
            CreateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAY,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _field = ""
        try:
            _field = "FRIDAY"
            _friday = d.pop("FRIDAY", UNSET)
            friday: CreateIntegrationRequestCustomSyncScheduleIntervalFRIDAY | Unset
            if isinstance(_friday, Unset):
                friday = UNSET
            else:
                friday = CreateIntegrationRequestCustomSyncScheduleIntervalFRIDAY.from_dict(_friday)

            _field = "MONDAY"
            _monday = d.pop("MONDAY", UNSET)
            monday: CreateIntegrationRequestCustomSyncScheduleIntervalMONDAY | Unset
            if isinstance(_monday, Unset):
                monday = UNSET
            else:
                monday = CreateIntegrationRequestCustomSyncScheduleIntervalMONDAY.from_dict(_monday)

            _field = "SATURDAY"
            _saturday = d.pop("SATURDAY", UNSET)
            saturday: CreateIntegrationRequestCustomSyncScheduleIntervalSATURDAY | Unset
            if isinstance(_saturday, Unset):
                saturday = UNSET
            else:
                saturday = CreateIntegrationRequestCustomSyncScheduleIntervalSATURDAY.from_dict(_saturday)

            _field = "SUNDAY"
            _sunday = d.pop("SUNDAY", UNSET)
            sunday: CreateIntegrationRequestCustomSyncScheduleIntervalSUNDAY | Unset
            if isinstance(_sunday, Unset):
                sunday = UNSET
            else:
                sunday = CreateIntegrationRequestCustomSyncScheduleIntervalSUNDAY.from_dict(_sunday)

            _field = "THURSDAY"
            _thursday = d.pop("THURSDAY", UNSET)
            thursday: CreateIntegrationRequestCustomSyncScheduleIntervalTHURSDAY | Unset
            if isinstance(_thursday, Unset):
                thursday = UNSET
            else:
                thursday = CreateIntegrationRequestCustomSyncScheduleIntervalTHURSDAY.from_dict(_thursday)

            _field = "TUESDAY"
            _tuesday = d.pop("TUESDAY", UNSET)
            tuesday: CreateIntegrationRequestCustomSyncScheduleIntervalTUESDAY | Unset
            if isinstance(_tuesday, Unset):
                tuesday = UNSET
            else:
                tuesday = CreateIntegrationRequestCustomSyncScheduleIntervalTUESDAY.from_dict(_tuesday)

            _field = "WEDNESDAY"
            _wednesday = d.pop("WEDNESDAY", UNSET)
            wednesday: CreateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAY | Unset
            if isinstance(_wednesday, Unset):
                wednesday = UNSET
            else:
                wednesday = CreateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAY.from_dict(_wednesday)

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateIntegrationRequestCustomSyncScheduleInterval", _field) from _failure
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
