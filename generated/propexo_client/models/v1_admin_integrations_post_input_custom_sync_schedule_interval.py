from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.v1_admin_integrations_post_input_custom_sync_schedule_interval_friday import (
        V1AdminIntegrationsPostInputCustomSyncScheduleIntervalFRIDAY,
    )
    from ..models.v1_admin_integrations_post_input_custom_sync_schedule_interval_monday import (
        V1AdminIntegrationsPostInputCustomSyncScheduleIntervalMONDAY,
    )
    from ..models.v1_admin_integrations_post_input_custom_sync_schedule_interval_saturday import (
        V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSATURDAY,
    )
    from ..models.v1_admin_integrations_post_input_custom_sync_schedule_interval_sunday import (
        V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSUNDAY,
    )
    from ..models.v1_admin_integrations_post_input_custom_sync_schedule_interval_thursday import (
        V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTHURSDAY,
    )
    from ..models.v1_admin_integrations_post_input_custom_sync_schedule_interval_tuesday import (
        V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTUESDAY,
    )
    from ..models.v1_admin_integrations_post_input_custom_sync_schedule_interval_wednesday import (
        V1AdminIntegrationsPostInputCustomSyncScheduleIntervalWEDNESDAY,
    )


T = TypeVar("T", bound="V1AdminIntegrationsPostInputCustomSyncScheduleInterval")


@_attrs_define
class V1AdminIntegrationsPostInputCustomSyncScheduleInterval:
    """
    Attributes:
        friday (V1AdminIntegrationsPostInputCustomSyncScheduleIntervalFRIDAY | Unset):
        monday (V1AdminIntegrationsPostInputCustomSyncScheduleIntervalMONDAY | Unset):
        saturday (V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSATURDAY | Unset):
        sunday (V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSUNDAY | Unset):
        thursday (V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTHURSDAY | Unset):
        tuesday (V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTUESDAY | Unset):
        wednesday (V1AdminIntegrationsPostInputCustomSyncScheduleIntervalWEDNESDAY | Unset):
    """

    friday: V1AdminIntegrationsPostInputCustomSyncScheduleIntervalFRIDAY | Unset = UNSET
    monday: V1AdminIntegrationsPostInputCustomSyncScheduleIntervalMONDAY | Unset = UNSET
    saturday: V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSATURDAY | Unset = UNSET
    sunday: V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSUNDAY | Unset = UNSET
    thursday: V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTHURSDAY | Unset = UNSET
    tuesday: V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTUESDAY | Unset = UNSET
    wednesday: V1AdminIntegrationsPostInputCustomSyncScheduleIntervalWEDNESDAY | Unset = UNSET
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
        from ..models.v1_admin_integrations_post_input_custom_sync_schedule_interval_friday import (
            V1AdminIntegrationsPostInputCustomSyncScheduleIntervalFRIDAY,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_custom_sync_schedule_interval_monday import (
            V1AdminIntegrationsPostInputCustomSyncScheduleIntervalMONDAY,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_custom_sync_schedule_interval_saturday import (
            V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSATURDAY,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_custom_sync_schedule_interval_sunday import (
            V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSUNDAY,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_custom_sync_schedule_interval_thursday import (
            V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTHURSDAY,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_custom_sync_schedule_interval_tuesday import (
            V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTUESDAY,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_custom_sync_schedule_interval_wednesday import (
            V1AdminIntegrationsPostInputCustomSyncScheduleIntervalWEDNESDAY,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _friday = d.pop("FRIDAY", UNSET)
        friday: V1AdminIntegrationsPostInputCustomSyncScheduleIntervalFRIDAY | Unset
        if isinstance(_friday, Unset):
            friday = UNSET
        else:
            friday = V1AdminIntegrationsPostInputCustomSyncScheduleIntervalFRIDAY.from_dict(_friday)

        _monday = d.pop("MONDAY", UNSET)
        monday: V1AdminIntegrationsPostInputCustomSyncScheduleIntervalMONDAY | Unset
        if isinstance(_monday, Unset):
            monday = UNSET
        else:
            monday = V1AdminIntegrationsPostInputCustomSyncScheduleIntervalMONDAY.from_dict(_monday)

        _saturday = d.pop("SATURDAY", UNSET)
        saturday: V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSATURDAY | Unset
        if isinstance(_saturday, Unset):
            saturday = UNSET
        else:
            saturday = V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSATURDAY.from_dict(_saturday)

        _sunday = d.pop("SUNDAY", UNSET)
        sunday: V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSUNDAY | Unset
        if isinstance(_sunday, Unset):
            sunday = UNSET
        else:
            sunday = V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSUNDAY.from_dict(_sunday)

        _thursday = d.pop("THURSDAY", UNSET)
        thursday: V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTHURSDAY | Unset
        if isinstance(_thursday, Unset):
            thursday = UNSET
        else:
            thursday = V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTHURSDAY.from_dict(_thursday)

        _tuesday = d.pop("TUESDAY", UNSET)
        tuesday: V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTUESDAY | Unset
        if isinstance(_tuesday, Unset):
            tuesday = UNSET
        else:
            tuesday = V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTUESDAY.from_dict(_tuesday)

        _wednesday = d.pop("WEDNESDAY", UNSET)
        wednesday: V1AdminIntegrationsPostInputCustomSyncScheduleIntervalWEDNESDAY | Unset
        if isinstance(_wednesday, Unset):
            wednesday = UNSET
        else:
            wednesday = V1AdminIntegrationsPostInputCustomSyncScheduleIntervalWEDNESDAY.from_dict(_wednesday)

        v1_admin_integrations_post_input_custom_sync_schedule_interval = cls(
            friday=friday,
            monday=monday,
            saturday=saturday,
            sunday=sunday,
            thursday=thursday,
            tuesday=tuesday,
            wednesday=wednesday,
        )

        v1_admin_integrations_post_input_custom_sync_schedule_interval.additional_properties = d
        return v1_admin_integrations_post_input_custom_sync_schedule_interval

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
