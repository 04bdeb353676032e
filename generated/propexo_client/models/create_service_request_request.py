from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.create_service_request_request_access_is_authorized_value import (
    CreateServiceRequestRequestAccessIsAuthorizedValue,
    check_create_service_request_request_access_is_authorized_value,
)
from ..models.create_service_request_request_service_category import (
    CreateServiceRequestRequestServiceCategory,
    check_create_service_request_request_service_category,
)
from ..models.create_service_request_request_service_priority import (
    CreateServiceRequestRequestServicePriority,
    check_create_service_request_request_service_priority,
)
from ..models.create_service_request_request_service_status import (
    CreateServiceRequestRequestServiceStatus,
    check_create_service_request_request_service_status,
)
from ..models.create_service_request_request_status_raw import (
    CreateServiceRequestRequestStatusRaw,
    check_create_service_request_request_status_raw,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateServiceRequestRequest")


@_attrs_define
class CreateServiceRequestRequest:
    """
    Attributes:
        integration_id (str):
        access_is_authorized (bool | Unset):
        access_is_authorized_value (CreateServiceRequestRequestAccessIsAuthorizedValue | Unset): One of
            'ENTER_AT_ANY_TIME', 'BY_PERMISSION_ONLY', 'CALL_FOR_ENTRY'.
        access_notes (str | Unset):
        completion_notes (str | Unset):
        date_completed (datetime.datetime | Unset):
        date_created (datetime.datetime | Unset):
        date_due (datetime.datetime | Unset):
        date_entered (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        date_scheduled (datetime.datetime | Unset):
        due_date (datetime.datetime | Unset):
        employee_id (str | Unset):
        has_alarm (bool | Unset):
        has_pets (bool | Unset):
        invoice_number (str | Unset):
        is_floating (bool | Unset):
        lease_id (str | Unset):
        notes (str | Unset): Length at most 65535.
        phone_1 (str | Unset):
        property_id (str | Unset):
        reported_by (str | Unset):
        resident_id (str | Unset):
        scheduled_end_date (datetime.datetime | Unset):
        scheduled_start_date (datetime.datetime | Unset):
        service_category (CreateServiceRequestRequestServiceCategory | Unset): One of 'Electrical', 'HVAC', 'Other',
            'Plumbing', 'Service'.
        service_description (str | Unset): Length at most 35.
        service_details (str | Unset):
        service_priority (CreateServiceRequestRequestServicePriority | Unset): One of 'High', 'Low', 'Med', '24 hours',
            'Emergency'.
        service_request_category_id (str | Unset):
        service_request_location_id (str | Unset):
        service_request_priority_id (str | Unset):
        service_request_problem_id (str | Unset):
        service_request_status_id (str | Unset):
        service_status (CreateServiceRequestRequestServiceStatus | Unset): One of 'New', 'InProgress', 'Completed',
            'Deferred', 'Closed'.
        status_raw (CreateServiceRequestRequestStatusRaw | Unset): One of 'Assessment', 'Call', 'Canceled', 'Completed',
            'Electrical', 'Emergency', 'HVAC', 'In Progress', 'Inspection', 'On Hold', 'Other', 'Plumbing', 'Request
            Reassignment', 'Scheduled', 'Service', 'Web', 'Work Completed'.
        unit_id (str | Unset):
        vendor_id (str | Unset):
        vendor_notes (str | Unset): Length at most 127.
    """

    integration_id: str
    access_is_authorized: bool | Unset = UNSET
    access_is_authorized_value: CreateServiceRequestRequestAccessIsAuthorizedValue | Unset = UNSET
    access_notes: str | Unset = UNSET
    completion_notes: str | Unset = UNSET
    date_completed: datetime.datetime | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_due: datetime.datetime | Unset = UNSET
    date_entered: str | Unset = UNSET
    date_scheduled: datetime.datetime | Unset = UNSET
    due_date: datetime.datetime | Unset = UNSET
    employee_id: str | Unset = UNSET
    has_alarm: bool | Unset = UNSET
    has_pets: bool | Unset = UNSET
    invoice_number: str | Unset = UNSET
    is_floating: bool | Unset = UNSET
    lease_id: str | Unset = UNSET
    notes: str | Unset = UNSET
    phone_1: str | Unset = UNSET
    property_id: str | Unset = UNSET
    reported_by: str | Unset = UNSET
    resident_id: str | Unset = UNSET
    scheduled_end_date: datetime.datetime | Unset = UNSET
    scheduled_start_date: datetime.datetime | Unset = UNSET
    service_category: CreateServiceRequestRequestServiceCategory | Unset = UNSET
    service_description: str | Unset = UNSET
    service_details: str | Unset = UNSET
    service_priority: CreateServiceRequestRequestServicePriority | Unset = UNSET
    service_request_category_id: str | Unset = UNSET
    service_request_location_id: str | Unset = UNSET
    service_request_priority_id: str | Unset = UNSET
    service_request_problem_id: str | Unset = UNSET
    service_request_status_id: str | Unset = UNSET
    service_status: CreateServiceRequestRequestServiceStatus | Unset = UNSET
    status_raw: CreateServiceRequestRequestStatusRaw | Unset = UNSET
    unit_id: str | Unset = UNSET
    vendor_id: str | Unset = UNSET
    vendor_notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        access_is_authorized = self.access_is_authorized

        access_is_authorized_value: str | Unset = UNSET
        if not isinstance(self.access_is_authorized_value, Unset):
            access_is_authorized_value = self.access_is_authorized_value

        access_notes = self.access_notes

        completion_notes = self.completion_notes

        date_completed: str | Unset = UNSET
        if not isinstance(self.date_completed, Unset):
            date_completed = self.date_completed.isoformat()

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_due: str | Unset = UNSET
        if not isinstance(self.date_due, Unset):
            date_due = self.date_due.isoformat()

        date_entered = self.date_entered

        date_scheduled: str | Unset = UNSET
        if not isinstance(self.date_scheduled, Unset):
            date_scheduled = self.date_scheduled.isoformat()

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        employee_id = self.employee_id

        has_alarm = self.has_alarm

        has_pets = self.has_pets

        invoice_number = self.invoice_number

        is_floating = self.is_floating

        lease_id = self.lease_id

        notes = self.notes

        phone_1 = self.phone_1

        property_id = self.property_id

        reported_by = self.reported_by

        resident_id = self.resident_id

        scheduled_end_date: str | Unset = UNSET
        if not isinstance(self.scheduled_end_date, Unset):
            scheduled_end_date = self.scheduled_end_date.isoformat()

        scheduled_start_date: str | Unset = UNSET
        if not isinstance(self.scheduled_start_date, Unset):
            scheduled_start_date = self.scheduled_start_date.isoformat()

        service_category: str | Unset = UNSET
        if not isinstance(self.service_category, Unset):
            service_category = self.service_category

        service_description = self.service_description

        service_details = self.service_details

        service_priority: str | Unset = UNSET
        if not isinstance(self.service_priority, Unset):
            service_priority = self.service_priority

        service_request_category_id = self.service_request_category_id

        service_request_location_id = self.service_request_location_id

        service_request_priority_id = self.service_request_priority_id

        service_request_problem_id = self.service_request_problem_id

        service_request_status_id = self.service_request_status_id

        service_status: str | Unset = UNSET
        if not isinstance(self.service_status, Unset):
            service_status = self.service_status

        status_raw: str | Unset = UNSET
        if not isinstance(self.status_raw, Unset):
            status_raw = self.status_raw

        unit_id = self.unit_id

        vendor_id = self.vendor_id

        vendor_notes = self.vendor_notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_id": integration_id,
            }
        )
        if access_is_authorized is not UNSET:
            field_dict["access_is_authorized"] = access_is_authorized
        if access_is_authorized_value is not UNSET:
            field_dict["access_is_authorized_value"] = access_is_authorized_value
        if access_notes is not UNSET:
            field_dict["access_notes"] = access_notes
        if completion_notes is not UNSET:
            field_dict["completion_notes"] = completion_notes
        if date_completed is not UNSET:
            field_dict["date_completed"] = date_completed
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_due is not UNSET:
            field_dict["date_due"] = date_due
        if date_entered is not UNSET:
            field_dict["date_entered"] = date_entered
        if date_scheduled is not UNSET:
            field_dict["date_scheduled"] = date_scheduled
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        if has_alarm is not UNSET:
            field_dict["has_alarm"] = has_alarm
        if has_pets is not UNSET:
            field_dict["has_pets"] = has_pets
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if is_floating is not UNSET:
            field_dict["is_floating"] = is_floating
        if lease_id is not UNSET:
            field_dict["lease_id"] = lease_id
        if notes is not UNSET:
            field_dict["notes"] = notes
        if phone_1 is not UNSET:
            field_dict["phone_1"] = phone_1
        if property_id is not UNSET:
            field_dict["property_id"] = property_id
        if reported_by is not UNSET:
            field_dict["reported_by"] = reported_by
        if resident_id is not UNSET:
            field_dict["resident_id"] = resident_id
        if scheduled_end_date is not UNSET:
            field_dict["scheduled_end_date"] = scheduled_end_date
        if scheduled_start_date is not UNSET:
            field_dict["scheduled_start_date"] = scheduled_start_date
        if service_category is not UNSET:
            field_dict["service_category"] = service_category
        if service_description is not UNSET:
            field_dict["service_description"] = service_description
        if service_details is not UNSET:
            field_dict["service_details"] = service_details
        if service_priority is not UNSET:
            field_dict["service_priority"] = service_priority
        if service_request_category_id is not UNSET:
            field_dict["service_request_category_id"] = service_request_category_id
        if service_request_location_id is not UNSET:
            field_dict["service_request_location_id"] = service_request_location_id
        if service_request_priority_id is not UNSET:
            field_dict["service_request_priority_id"] = service_request_priority_id
        if service_request_problem_id is not UNSET:
            field_dict["service_request_problem_id"] = service_request_problem_id
        if service_request_status_id is not UNSET:
            field_dict["service_request_status_id"] = service_request_status_id
        if service_status is not UNSET:
            field_dict["service_status"] = service_status
        if status_raw is not UNSET:
            field_dict["status_raw"] = status_raw
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if vendor_id is not UNSET:
            field_dict["vendor_id"] = vendor_id
        if vendor_notes is not UNSET:
            field_dict["vendor_notes"] = vendor_notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "CreateServiceRequestRequest"), "str")

            _field = "access_is_authorized"
            access_is_authorized = conform(d.pop("access_is_authorized", UNSET), "bool")

            _field = "access_is_authorized_value"
            _access_is_authorized_value = d.pop("access_is_authorized_value", UNSET)
            access_is_authorized_value: CreateServiceRequestRequestAccessIsAuthorizedValue | Unset
            if isinstance(_access_is_authorized_value, Unset):
                access_is_authorized_value = UNSET
            else:
                access_is_authorized_value = check_create_service_request_request_access_is_authorized_value(
                    _access_is_authorized_value
                )

            _field = "access_notes"
            access_notes = conform(d.pop("access_notes", UNSET), "str")

            _field = "completion_notes"
            completion_notes = conform(d.pop("completion_notes", UNSET), "str")

            _field = "date_completed"
            _date_completed = d.pop("date_completed", UNSET)
            date_completed: datetime.datetime | Unset
            if isinstance(_date_completed, Unset):
                date_completed = UNSET
            else:
                date_completed = datetime.datetime.fromisoformat(_date_completed)

            _field = "date_created"
            _date_created = d.pop("date_created", UNSET)
            date_created: datetime.datetime | Unset
            if isinstance(_date_created, Unset):
                date_created = UNSET
            else:
                date_created = datetime.datetime.fromisoformat(_date_created)

            _field = "date_due"
            _date_due = d.pop("date_due", UNSET)
            date_due: datetime.datetime | Unset
            if isinstance(_date_due, Unset):
                date_due = UNSET
            else:
                date_due = datetime.datetime.fromisoformat(_date_due)

            _field = "date_entered"
            date_entered = conform(d.pop("date_entered", UNSET), "str")

            _field = "date_scheduled"
            _date_scheduled = d.pop("date_scheduled", UNSET)
            date_scheduled: datetime.datetime | Unset
            if isinstance(_date_scheduled, Unset):
                date_scheduled = UNSET
            else:
                date_scheduled = datetime.datetime.fromisoformat(_date_scheduled)

            _field = "due_date"
            _due_date = d.pop("due_date", UNSET)
            due_date: datetime.datetime | Unset
            if isinstance(_due_date, Unset):
                due_date = UNSET
            else:
                due_date = datetime.datetime.fromisoformat(_due_date)

            _field = "employee_id"
            employee_id = conform(d.pop("employee_id", UNSET), "str")

            _field = "has_alarm"
            has_alarm = conform(d.pop("has_alarm", UNSET), "bool")

            _field = "has_pets"
            has_pets = conform(d.pop("has_pets", UNSET), "bool")

            _field = "invoice_number"
            invoice_number = conform(d.pop("invoice_number", UNSET), "str")

            _field = "is_floating"
            is_floating = conform(d.pop("is_floating", UNSET), "bool")

            _field = "lease_id"
            lease_id = conform(d.pop("lease_id", UNSET), "str")

            _field = "notes"
            notes = conform(d.pop("notes", UNSET), "str")

            _field = "phone_1"
            phone_1 = conform(d.pop("phone_1", UNSET), "str")

            _field = "property_id"
            property_id = conform(d.pop("property_id", UNSET), "str")

            _field = "reported_by"
            reported_by = conform(d.pop("reported_by", UNSET), "str")

            _field = "resident_id"
            resident_id = conform(d.pop("resident_id", UNSET), "str")

            _field = "scheduled_end_date"
            _scheduled_end_date = d.pop("scheduled_end_date", UNSET)
            scheduled_end_date: datetime.datetime | Unset
            if isinstance(_scheduled_end_date, Unset):
                scheduled_end_date = UNSET
            else:
                scheduled_end_date = datetime.datetime.fromisoformat(_scheduled_end_date)

            _field = "scheduled_start_date"
            _scheduled_start_date = d.pop("scheduled_start_date", UNSET)
            scheduled_start_date: datetime.datetime | Unset
            if isinstance(_scheduled_start_date, Unset):
                scheduled_start_date = UNSET
            else:
                scheduled_start_date = datetime.datetime.fromisoformat(_scheduled_start_date)

            _field = "service_category"
            _service_category = d.pop("service_category", UNSET)
            service_category: CreateServiceRequestRequestServiceCategory | Unset
            if isinstance(_service_category, Unset):
                service_category = UNSET
            else:
                service_category = check_create_service_request_request_service_category(_service_category)

            _field = "service_description"
            service_description = conform(d.pop("service_description", UNSET), "str")

            _field = "service_details"
            service_details = conform(d.pop("service_details", UNSET), "str")

            _field = "service_priority"
            _service_priority = d.pop("service_priority", UNSET)
            service_priority: CreateServiceRequestRequestServicePriority | Unset
            if isinstance(_service_priority, Unset):
                service_priority = UNSET
            else:
                service_priority = check_create_service_request_request_service_priority(_service_priority)

            _field = "service_request_category_id"
            service_request_category_id = conform(d.pop("service_request_category_id", UNSET), "str")

            _field = "service_request_location_id"
            service_request_location_id = conform(d.pop("service_request_location_id", UNSET), "str")

            _field = "service_request_priority_id"
            service_request_priority_id = conform(d.pop("service_request_priority_id", UNSET), "str")

            _field = "service_request_problem_id"
            service_request_problem_id = conform(d.pop("service_request_problem_id", UNSET), "str")

            _field = "service_request_status_id"
            service_request_status_id = conform(d.pop("service_request_status_id", UNSET), "str")

            _field = "service_status"
            _service_status = d.pop("service_status", UNSET)
            service_status: CreateServiceRequestRequestServiceStatus | Unset
            if isinstance(_service_status, Unset):
                service_status = UNSET
            else:
                service_status = check_create_service_request_request_service_status(_service_status)

            _field = "status_raw"
            _status_raw = d.pop("status_raw", UNSET)
            status_raw: CreateServiceRequestRequestStatusRaw | Unset
            if isinstance(_status_raw, Unset):
                status_raw = UNSET
            else:
                status_raw = check_create_service_request_request_status_raw(_status_raw)

            _field = "unit_id"
            unit_id = conform(d.pop("unit_id", UNSET), "str")

            _field = "vendor_id"
            vendor_id = conform(d.pop("vendor_id", UNSET), "str")

            _field = "vendor_notes"
            vendor_notes = conform(d.pop("vendor_notes", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateServiceRequestRequest", _field) from _failure
        _instance = cls(
            integration_id=integration_id,
            access_is_authorized=access_is_authorized,
            access_is_authorized_value=access_is_authorized_value,
            access_notes=access_notes,
            completion_notes=completion_notes,
            date_completed=date_completed,
            date_created=date_created,
            date_due=date_due,
            date_entered=date_entered,
            date_scheduled=date_scheduled,
            due_date=due_date,
            employee_id=employee_id,
            has_alarm=has_alarm,
            has_pets=has_pets,
            invoice_number=invoice_number,
            is_floating=is_floating,
            lease_id=lease_id,
            notes=notes,
            phone_1=phone_1,
            property_id=property_id,
            reported_by=reported_by,
            resident_id=resident_id,
            scheduled_end_date=scheduled_end_date,
            scheduled_start_date=scheduled_start_date,
            service_category=service_category,
            service_description=service_description,
            service_details=service_details,
            service_priority=service_priority,
            service_request_category_id=service_request_category_id,
            service_request_location_id=service_request_location_id,
            service_request_priority_id=service_request_priority_id,
            service_request_problem_id=service_request_problem_id,
            service_request_status_id=service_request_status_id,
            service_status=service_status,
            status_raw=status_raw,
            unit_id=unit_id,
            vendor_id=vendor_id,
            vendor_notes=vendor_notes,
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
