from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventsItem")


@_attrs_define
class EventsItem:
    """
    Attributes:
        x_type_id (str):
        appointment_datetime (datetime.datetime | Unset):
        event_datetime (datetime.datetime | Unset):
        id (str | Unset):
        notes (str | Unset):
        reasons_for_event (str | Unset):
        time_from (str | Unset):
        time_to (str | Unset):
        title (str | Unset):
        unit_id (str | Unset):
        x_leasing_agent_id (str | Unset):
        x_result_id (str | Unset):
        x_sub_type_id (str | Unset):
    """

    x_type_id: str
    appointment_datetime: datetime.datetime | Unset = UNSET
    event_datetime: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    notes: str | Unset = UNSET
    reasons_for_event: str | Unset = UNSET
    time_from: str | Unset = UNSET
    time_to: str | Unset = UNSET
    title: str | Unset = UNSET
    unit_id: str | Unset = UNSET
    x_leasing_agent_id: str | Unset = UNSET
    x_result_id: str | Unset = UNSET
    x_sub_type_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x_type_id = self.x_type_id

        appointment_datetime: str | Unset = UNSET
        if not isinstance(self.appointment_datetime, Unset):
            appointment_datetime = self.appointment_datetime.isoformat()

        event_datetime: str | Unset = UNSET
        if not isinstance(self.event_datetime, Unset):
            event_datetime = self.event_datetime.isoformat()

        id = self.id

        notes = self.notes

        reasons_for_event = self.reasons_for_event

        time_from = self.time_from

        time_to = self.time_to

        title = self.title

        unit_id = self.unit_id

        x_leasing_agent_id = self.x_leasing_agent_id

        x_result_id = self.x_result_id

        x_sub_type_id = self.x_sub_type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "x_type_id": x_type_id,
            }
        )
        if appointment_datetime is not UNSET:
            field_dict["appointment_datetime"] = appointment_datetime
        if event_datetime is not UNSET:
            field_dict["event_datetime"] = event_datetime
        if id is not UNSET:
            field_dict["id"] = id
        if notes is not UNSET:
            field_dict["notes"] = notes
        if reasons_for_event is not UNSET:
            field_dict["reasons_for_event"] = reasons_for_event
        if time_from is not UNSET:
            field_dict["time_from"] = time_from
        if time_to is not UNSET:
            field_dict["time_to"] = time_to
        if title is not UNSET:
            field_dict["title"] = title
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if x_leasing_agent_id is not UNSET:
            field_dict["x_leasing_agent_id"] = x_leasing_agent_id
        if x_result_id is not UNSET:
            field_dict["x_result_id"] = x_result_id
        if x_sub_type_id is not UNSET:
            field_dict["x_sub_type_id"] = x_sub_type_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "x_type_id"
            x_type_id = conform(pop_required(d, "x_type_id", "EventsItem"), "str")

            _field = "appointment_datetime"
            _appointment_datetime = d.pop("appointment_datetime", UNSET)
            appointment_datetime: datetime.datetime | Unset
            if isinstance(_appointment_datetime, Unset):
                appointment_datetime = UNSET
            else:
                appointment_datetime = datetime.datetime.fromisoformat(_appointment_datetime)

            _field = "event_datetime"
            _event_datetime = d.pop("event_datetime", UNSET)
            event_datetime: datetime.datetime | Unset
            if isinstance(_event_datetime, Unset):
                event_datetime = UNSET
            else:
                event_datetime = datetime.datetime.fromisoformat(_event_datetime)

            _field = "id"
            id = conform(d.pop("id", UNSET), "str")

            _field = "notes"
            notes = conform(d.pop("notes", UNSET), "str")

            _field = "reasons_for_event"
            reasons_for_event = conform(d.pop("reasons_for_event", UNSET), "str")

            _field = "time_from"
            time_from = conform(d.pop("time_from", UNSET), "str")

            _field = "time_to"
            time_to = conform(d.pop("time_to", UNSET), "str")

            _field = "title"
            title = conform(d.pop("title", UNSET), "str")

            _field = "unit_id"
            unit_id = conform(d.pop("unit_id", UNSET), "str")

            _field = "x_leasing_agent_id"
            x_leasing_agent_id = conform(d.pop("x_leasing_agent_id", UNSET), "str")

            _field = "x_result_id"
            x_result_id = conform(d.pop("x_result_id", UNSET), "str")

            _field = "x_sub_type_id"
            x_sub_type_id = conform(d.pop("x_sub_type_id", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "EventsItem", _field) from _failure
        _instance = cls(
            x_type_id=x_type_id,
            appointment_datetime=appointment_datetime,
            event_datetime=event_datetime,
            id=id,
            notes=notes,
            reasons_for_event=reasons_for_event,
            time_from=time_from,
            time_to=time_to,
            title=title,
            unit_id=unit_id,
            x_leasing_agent_id=x_leasing_agent_id,
            x_result_id=x_result_id,
            x_sub_type_id=x_sub_type_id,
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
