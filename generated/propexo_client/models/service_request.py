from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor

if TYPE_CHECKING:
    from ..models.service_request_employees_item import ServiceRequestEmployeesItem
    from ..models.service_request_history_item import ServiceRequestHistoryItem
    from ..models.service_request_vendors_item import ServiceRequestVendorsItem


T = TypeVar("T", bound="ServiceRequest")


@_attrs_define
class ServiceRequest:
    """
    Attributes:
        access_is_authorized (bool | None):
        access_notes (None | str):
        building (None | str):
        completion_notes (None | str):
        created_at (str):
        date_completed (None | str):
        date_created (None | str):
        date_due (None | str):
        date_scheduled (None | str):
        employee_id (None | str):
        employees (list[ServiceRequestEmployeesItem]):
        history (list[ServiceRequestHistoryItem]):
        id (str):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        last_seen (None | str):
        notes (None | str): Deprecated.
        order_number (None | str):
        property_id (str):
        service_category (None | str):
        service_description (None | str):
        service_details (None | str):
        service_priority (None | str):
        status_raw (None | str):
        unit_id (None | str):
        unit_number (None | str):
        updated_at (str):
        vendor_notes (None | str):
        vendors (list[ServiceRequestVendorsItem]):
        x_id (str):
        x_location_id (None | str):
        x_property_id (str):
        x_sub_task_id (None | str):
        x_unit_id (None | str):
    """

    access_is_authorized: bool | None
    access_notes: None | str
    building: None | str
    completion_notes: None | str
    created_at: str
    date_completed: None | str
    date_created: None | str
    date_due: None | str
    date_scheduled: None | str
    employee_id: None | str
    employees: list[ServiceRequestEmployeesItem]
    history: list[ServiceRequestHistoryItem]
    id: str
    integration_id: str
    integration_vendor: IntegrationVendor
    last_seen: None | str
    notes: None | str
    order_number: None | str
    property_id: str
    service_category: None | str
    service_description: None | str
    service_details: None | str
    service_priority: None | str
    status_raw: None | str
    unit_id: None | str
    unit_number: None | str
    updated_at: str
    vendor_notes: None | str
    vendors: list[ServiceRequestVendorsItem]
    x_id: str
    x_location_id: None | str
    x_property_id: str
    x_sub_task_id: None | str
    x_unit_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_is_authorized: bool | None
        access_is_authorized = self.access_is_authorized

        access_notes: None | str
        access_notes = self.access_notes

        building: None | str
        building = self.building

        completion_notes: None | str
        completion_notes = self.completion_notes

        created_at = self.created_at

        date_completed: None | str
        date_completed = self.date_completed

        date_created: None | str
        date_created = self.date_created

        date_due: None | str
        date_due = self.date_due

        date_scheduled: None | str
        date_scheduled = self.date_scheduled

        employee_id: None | str
        employee_id = self.employee_id

        employees = []
        for employees_item_data in self.employees:
            employees_item = employees_item_data.to_dict()
            employees.append(employees_item)

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        id = self.id

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        last_seen: None | str
        last_seen = self.last_seen

        notes: None | str
        notes = self.notes

        order_number: None | str
        order_number = self.order_number

        property_id = self.property_id

        service_category: None | str
        service_category = self.service_category

        service_description: None | str
        service_description = self.service_description

        service_details: None | str
        service_details = self.service_details

        service_priority: None | str
        service_priority = self.service_priority

        status_raw: None | str
        status_raw = self.status_raw

        unit_id: None | str
        unit_id = self.unit_id

        unit_number: None | str
        unit_number = self.unit_number

        updated_at = self.updated_at

        vendor_notes: None | str
        vendor_notes = self.vendor_notes

        vendors = []
        for vendors_item_data in self.vendors:
            vendors_item = vendors_item_data.to_dict()
            vendors.append(vendors_item)

        x_id = self.x_id

        x_location_id: None | str
        x_location_id = self.x_location_id

        x_property_id = self.x_property_id

        x_sub_task_id: None | str
        x_sub_task_id = self.x_sub_task_id

        x_unit_id: None | str
        x_unit_id = self.x_unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_is_authorized": access_is_authorized,
                "access_notes": access_notes,
                "building": building,
                "completion_notes": completion_notes,
                "created_at": created_at,
                "date_completed": date_completed,
                "date_created": date_created,
                "date_due": date_due,
                "date_scheduled": date_scheduled,
                "employee_id": employee_id,
                "employees": employees,
                "history": history,
                "id": id,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "last_seen": last_seen,
                "notes": notes,
                "order_number": order_number,
                "property_id": property_id,
                "service_category": service_category,
                "service_description": service_description,
                "service_details": service_details,
                "service_priority": service_priority,
                "status_raw": status_raw,
                "unit_id": unit_id,
                "unit_number": unit_number,
                "updated_at": updated_at,
                "vendor_notes": vendor_notes,
                "vendors": vendors,
                "x_id": x_id,
                "x_location_id": x_location_id,
                "x_property_id": x_property_id,
                "x_sub_task_id": x_sub_task_id,
                "x_unit_id": x_unit_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_request_employees_item import ServiceRequestEmployeesItem  # noqa: PLC0415
        from ..models.service_request_history_item import ServiceRequestHistoryItem  # noqa: PLC0415
        from ..models.service_request_vendors_item import ServiceRequestVendorsItem  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "access_is_authorized"

            def _parse_access_is_authorized(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            access_is_authorized = _parse_access_is_authorized(
                pop_required(d, "access_is_authorized", "ServiceRequest")
            )

            _field = "access_notes"

            def _parse_access_notes(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            access_notes = _parse_access_notes(pop_required(d, "access_notes", "ServiceRequest"))

            _field = "building"

            def _parse_building(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            building = _parse_building(pop_required(d, "building", "ServiceRequest"))

            _field = "completion_notes"

            def _parse_completion_notes(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            completion_notes = _parse_completion_notes(pop_required(d, "completion_notes", "ServiceRequest"))

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "ServiceRequest"), "str")

            _field = "date_completed"

            def _parse_date_completed(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            date_completed = _parse_date_completed(pop_required(d, "date_completed", "ServiceRequest"))

            _field = "date_created"

            def _parse_date_created(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            date_created = _parse_date_created(pop_required(d, "date_created", "ServiceRequest"))

            _field = "date_due"

            def _parse_date_due(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            date_due = _parse_date_due(pop_required(d, "date_due", "ServiceRequest"))

            _field = "date_scheduled"

            def _parse_date_scheduled(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            date_scheduled = _parse_date_scheduled(pop_required(d, "date_scheduled", "ServiceRequest"))

            _field = "employee_id"

            def _parse_employee_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            employee_id = _parse_employee_id(pop_required(d, "employee_id", "ServiceRequest"))

            _field = "employees"
            employees = []
            _employees = pop_required(d, "employees", "ServiceRequest")
            for employees_item_data in _employees:
                employees_item = ServiceRequestEmployeesItem.from_dict(employees_item_data)

                employees.append(employees_item)

            _field = "history"
            history = []
            _history = pop_required(d, "history", "ServiceRequest")
            for history_item_data in _history:
                history_item = ServiceRequestHistoryItem.from_dict(history_item_data)

                history.append(history_item)

            _field = "id"
            id = conform(pop_required(d, "id", "ServiceRequest"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "ServiceRequest"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "ServiceRequest"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "ServiceRequest"))

            _field = "notes"

            def _parse_notes(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            notes = _parse_notes(pop_required(d, "notes", "ServiceRequest"))

            _field = "order_number"

            def _parse_order_number(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            order_number = _parse_order_number(pop_required(d, "order_number", "ServiceRequest"))

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "ServiceRequest"), "str")

            _field = "service_category"

            def _parse_service_category(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            service_category = _parse_service_category(pop_required(d, "service_category", "ServiceRequest"))

            _field = "service_description"

            def _parse_service_description(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            service_description = _parse_service_description(pop_required(d, "service_description", "ServiceRequest"))

            _field = "service_details"

            def _parse_service_details(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            service_details = _parse_service_details(pop_required(d, "service_details", "ServiceRequest"))

            _field = "service_priority"

            def _parse_service_priority(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            service_priority = _parse_service_priority(pop_required(d, "service_priority", "ServiceRequest"))

            _field = "status_raw"

            def _parse_status_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            status_raw = _parse_status_raw(pop_required(d, "status_raw", "ServiceRequest"))

            _field = "unit_id"

            def _parse_unit_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            unit_id = _parse_unit_id(pop_required(d, "unit_id", "ServiceRequest"))

            _field = "unit_number"

            def _parse_unit_number(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            unit_number = _parse_unit_number(pop_required(d, "unit_number", "ServiceRequest"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "ServiceRequest"), "str")

            _field = "vendor_notes"

            def _parse_vendor_notes(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            vendor_notes = _parse_vendor_notes(pop_required(d, "vendor_notes", "ServiceRequest"))

            _field = "vendors"
            vendors = []
            _vendors = pop_required(d, "vendors", "ServiceRequest")
            for vendors_item_data in _vendors:
                vendors_item = ServiceRequestVendorsItem.from_dict(vendors_item_data)

                vendors.append(vendors_item)

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "ServiceRequest"), "str")

            _field = "x_location_id"

            def _parse_x_location_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_location_id = _parse_x_location_id(pop_required(d, "x_location_id", "ServiceRequest"))

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "ServiceRequest"), "str")

            _field = "x_sub_task_id"

            def _parse_x_sub_task_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_sub_task_id = _parse_x_sub_task_id(pop_required(d, "x_sub_task_id", "ServiceRequest"))

            _field = "x_unit_id"

            def _parse_x_unit_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_unit_id = _parse_x_unit_id(pop_required(d, "x_unit_id", "ServiceRequest"))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "ServiceRequest", _field) from _failure
        _instance = cls(
            access_is_authorized=access_is_authorized,
            access_notes=access_notes,
            building=building,
            completion_notes=completion_notes,
            created_at=created_at,
            date_completed=date_completed,
            date_created=date_created,
            date_due=date_due,
            date_scheduled=date_scheduled,
            employee_id=employee_id,
            employees=employees,
            history=history,
            id=id,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            last_seen=last_seen,
            notes=notes,
            order_number=order_number,
            property_id=property_id,
            service_category=service_category,
            service_description=service_description,
            service_details=service_details,
            service_priority=service_priority,
            status_raw=status_raw,
            unit_id=unit_id,
            unit_number=unit_number,
            updated_at=updated_at,
            vendor_notes=vendor_notes,
            vendors=vendors,
            x_id=x_id,
            x_location_id=x_location_id,
            x_property_id=x_property_id,
            x_sub_task_id=x_sub_task_id,
            x_unit_id=x_unit_id,
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
