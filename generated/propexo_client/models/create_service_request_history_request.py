from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.create_service_request_history_request_status_raw import (
    CreateServiceRequestHistoryRequestStatusRaw,
    check_create_service_request_history_request_status_raw,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_service_request_history_request_attachment import CreateServiceRequestHistoryRequestAttachment


T = TypeVar("T", bound="CreateServiceRequestHistoryRequest")


@_attrs_define
class CreateServiceRequestHistoryRequest:
    """
    Attributes:
        integration_id (str):
        attachment (CreateServiceRequestHistoryRequestAttachment | Unset):
        contact_first_name (str | Unset):
        employee_id (str | Unset):
        notes (str | Unset):
        service_request_id (str | Unset):
        status_raw (CreateServiceRequestHistoryRequestStatusRaw | Unset): One of 'Assessment', 'Call', 'Canceled',
            'Completed', 'Electrical', 'Emergency', 'HVAC', 'In Progress', 'Inspection', 'On Hold', 'Other', 'Plumbing',
            'Request Reassignment', 'Scheduled', 'Service', 'Web', 'Work Completed'.
        title (str | Unset):
    """

    integration_id: str
    attachment: CreateServiceRequestHistoryRequestAttachment | Unset = UNSET
    contact_first_name: str | Unset = UNSET
    employee_id: str | Unset = UNSET
    notes: str | Unset = UNSET
    service_request_id: str | Unset = UNSET
    status_raw: CreateServiceRequestHistoryRequestStatusRaw | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        attachment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachment, Unset):
            attachment = self.attachment.to_dict()

        contact_first_name = self.contact_first_name

        employee_id = self.employee_id

        notes = self.notes

        service_request_id = self.service_request_id

        status_raw: str | Unset = UNSET
        if not isinstance(self.status_raw, Unset):
            status_raw = self.status_raw

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_id": integration_id,
            }
        )
        if attachment is not UNSET:
            field_dict["attachment"] = attachment
        if contact_first_name is not UNSET:
            field_dict["contact_first_name"] = contact_first_name
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        if notes is not UNSET:
            field_dict["notes"] = notes
        if service_request_id is not UNSET:
            field_dict["service_request_id"] = service_request_id
        if status_raw is not UNSET:
            field_dict["status_raw"] = status_raw
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_service_request_history_request_attachment import (
            CreateServiceRequestHistoryRequestAttachment,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _field = ""
        try:
            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "CreateServiceRequestHistoryRequest"), "str")

            _field = "attachment"
            _attachment = d.pop("attachment", UNSET)
            attachment: CreateServiceRequestHistoryRequestAttachment | Unset
            if isinstance(_attachment, Unset):
                attachment = UNSET
            else:
                attachment = CreateServiceRequestHistoryRequestAttachment.from_dict(_attachment)

            _field = "contact_first_name"
            contact_first_name = conform(d.pop("contact_first_name", UNSET), "str")

            _field = "employee_id"
            employee_id = conform(d.pop("employee_id", UNSET), "str")

            _field = "notes"
            notes = conform(d.pop("notes", UNSET), "str")

            _field = "service_request_id"
            service_request_id = conform(d.pop("service_request_id", UNSET), "str")

            _field = "status_raw"
            _status_raw = d.pop("status_raw", UNSET)
            status_raw: CreateServiceRequestHistoryRequestStatusRaw | Unset
            if isinstance(_status_raw, Unset):
                status_raw = UNSET
            else:
                status_raw = check_create_service_request_history_request_status_raw(_status_raw)

            _field = "title"
            title = conform(d.pop("title", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateServiceRequestHistoryRequest", _field) from _failure
        _instance = cls(
            integration_id=integration_id,
            attachment=attachment,
            contact_first_name=contact_first_name,
            employee_id=employee_id,
            notes=notes,
            service_request_id=service_request_id,
            status_raw=status_raw,
            title=title,
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
