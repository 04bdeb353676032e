from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, conform_list, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor

T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """
    Attributes:
        agent_name (None | str):
        appointment_datetime (None | str):
        associated_applicant_ids (list[str] | None):
        associated_lead_ids (list[str] | None):
        associated_resident_ids (list[str] | None):
        created_at (str):
        event_datetime (None | str):
        event_name (None | str):
        id (str):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        last_seen (None | str):
        notes (None | str):
        property_id (str):
        reasons_for_event (None | str):
        type_raw (None | str):
        updated_at (str):
        x_id (str):
        x_leasing_agent_id (None | str):
        x_location_id (None | str):
        x_property_id (str):
        x_type_id (None | str):
    """

    agent_name: None | str
    appointment_datetime: None | str
    associated_applicant_ids: list[str] | None
    associated_lead_ids: list[str] | None
    associated_resident_ids: list[str] | None
    created_at: str
    event_datetime: None | str
    event_name: None | str
    id: str
    integration_id: str
    integration_vendor: IntegrationVendor
    last_seen: None | str
    notes: None | str
    property_id: str
    reasons_for_event: None | str
    type_raw: None | str
    updated_at: str
    x_id: str
    x_leasing_agent_id: None | str
    x_location_id: None | str
    x_property_id: str
    x_type_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_name: None | str
        agent_name = self.agent_name

        appointment_datetime: None | str
        appointment_datetime = self.appointment_datetime

        associated_applicant_ids: list[str] | None
        if isinstance(self.associated_applicant_ids, list):
            associated_applicant_ids = self.associated_applicant_ids

        else:
            associated_applicant_ids = self.associated_applicant_ids

        associated_lead_ids: list[str] | None
        if isinstance(self.associated_lead_ids, list):
            associated_lead_ids = self.associated_lead_ids

        else:
            associated_lead_ids = self.associated_lead_ids

        associated_resident_ids: list[str] | None
        if isinstance(self.associated_resident_ids, list):
            associated_resident_ids = self.associated_resident_ids

        else:
            associated_resident_ids = self.associated_resident_ids

        created_at = self.created_at

        event_datetime: None | str
        event_datetime = self.event_datetime

        event_name: None | str
        event_name = self.event_name

        id = self.id

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        last_seen: None | str
        last_seen = self.last_seen

        notes: None | str
        notes = self.notes

        property_id = self.property_id

        reasons_for_event: None | str
        reasons_for_event = self.reasons_for_event

        type_raw: None | str
        type_raw = self.type_raw

        updated_at = self.updated_at

        x_id = self.x_id

        x_leasing_agent_id: None | str
        x_leasing_agent_id = self.x_leasing_agent_id

        x_location_id: None | str
        x_location_id = self.x_location_id

        x_property_id = self.x_property_id

        x_type_id: None | str
        x_type_id = self.x_type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_name": agent_name,
                "appointment_datetime": appointment_datetime,
                "associated_applicant_ids": associated_applicant_ids,
                "associated_lead_ids": associated_lead_ids,
                "associated_resident_ids": associated_resident_ids,
                "created_at": created_at,
                "event_datetime": event_datetime,
                "event_name": event_name,
                "id": id,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "last_seen": last_seen,
                "notes": notes,
                "property_id": property_id,
                "reasons_for_event": reasons_for_event,
                "type_raw": type_raw,
                "updated_at": updated_at,
                "x_id": x_id,
                "x_leasing_agent_id": x_leasing_agent_id,
                "x_location_id": x_location_id,
                "x_property_id": x_property_id,
                "x_type_id": x_type_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "agent_name"

            def _parse_agent_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            agent_name = _parse_agent_name(pop_required(d, "agent_name", "Event"))

            _field = "appointment_datetime"

            def _parse_appointment_datetime(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            appointment_datetime = _parse_appointment_datetime(pop_required(d, "appointment_datetime", "Event"))

            _field = "associated_applicant_ids"

            def _parse_associated_applicant_ids(data: object) -> list[str] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    associated_applicant_ids_type_0 = cast(list[str], conform_list(data, "str"))

                    return associated_applicant_ids_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None, conform(data))

            associated_applicant_ids = _parse_associated_applicant_ids(
                pop_required(d, "associated_applicant_ids", "Event")
            )

            _field = "associated_lead_ids"

            def _parse_associated_lead_ids(data: object) -> list[str] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    associated_lead_ids_type_0 = cast(list[str], conform_list(data, "str"))

                    return associated_lead_ids_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None, conform(data))

            associated_lead_ids = _parse_associated_lead_ids(pop_required(d, "associated_lead_ids", "Event"))

            _field = "associated_resident_ids"

            def _parse_associated_resident_ids(data: object) -> list[str] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    associated_resident_ids_type_0 = cast(list[str], conform_list(data, "str"))

                    return associated_resident_ids_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None, conform(data))

            associated_resident_ids = _parse_associated_resident_ids(
                pop_required(d, "associated_resident_ids", "Event")
            )

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "Event"), "str")

            _field = "event_datetime"

            def _parse_event_datetime(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            event_datetime = _parse_event_datetime(pop_required(d, "event_datetime", "Event"))

            _field = "event_name"

            def _parse_event_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            event_name = _parse_event_name(pop_required(d, "event_name", "Event"))

            _field = "id"
            id = conform(pop_required(d, "id", "Event"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "Event"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "Event"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "Event"))

            _field = "notes"

            def _parse_notes(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            notes = _parse_notes(pop_required(d, "notes", "Event"))

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "Event"), "str")

            _field = "reasons_for_event"

            def _parse_reasons_for_event(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            reasons_for_event = _parse_reasons_for_event(pop_required(d, "reasons_for_event", "Event"))

            _field = "type_raw"

            def _parse_type_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            type_raw = _parse_type_raw(pop_required(d, "type_raw", "Event"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "Event"), "str")

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "Event"), "str")

            _field = "x_leasing_agent_id"

            def _parse_x_leasing_agent_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_leasing_agent_id = _parse_x_leasing_agent_id(pop_required(d, "x_leasing_agent_id", "Event"))

            _field = "x_location_id"

            def _parse_x_location_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_location_id = _parse_x_location_id(pop_required(d, "x_location_id", "Event"))

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "Event"), "str")

            _field = "x_type_id"

            def _parse_x_type_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_type_id = _parse_x_type_id(pop_required(d, "x_type_id", "Event"))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "Event", _field) from _failure
        _instance = cls(
            agent_name=agent_name,
            appointment_datetime=appointment_datetime,
            associated_applicant_ids=associated_applicant_ids,
            associated_lead_ids=associated_lead_ids,
            associated_resident_ids=associated_resident_ids,
            created_at=created_at,
            event_datetime=event_datetime,
            event_name=event_name,
            id=id,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            last_seen=last_seen,
            notes=notes,
            property_id=property_id,
            reasons_for_event=reasons_for_event,
            type_raw=type_raw,
            updated_at=updated_at,
            x_id=x_id,
            x_leasing_agent_id=x_leasing_agent_id,
            x_location_id=x_location_id,
            x_property_id=x_property_id,
            x_type_id=x_type_id,
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
