from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor

T = TypeVar("T", bound="LeaseTransfer")


@_attrs_define
class LeaseTransfer:
    """
    Attributes:
        created_at (str):
        id (str):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        last_seen (None | str):
        lease_id_next (str):
        lease_id_previous (str):
        lease_status_next (None | str):
        lease_status_next_raw (None | str):
        lease_status_previous (None | str):
        lease_status_previous_raw (None | str):
        property_id (str):
        resident_id (str):
        resident_type (None | str):
        resident_type_raw (None | str):
        transfer_effective_date (None | str):
        unit_id_next (None | str):
        unit_id_previous (None | str):
        updated_at (str):
        x_id (str):
        x_lease_id_next (str):
        x_lease_id_previous (str):
        x_lease_property_id_next (None | str):
        x_lease_property_id_previous (None | str):
        x_location_id (None | str):
        x_property_id (str):
        x_resident_id (str):
        x_unit_id_next (None | str):
        x_unit_id_previous (None | str):
    """

    created_at: str
    id: str
    integration_id: str
    integration_vendor: IntegrationVendor
    last_seen: None | str
    lease_id_next: str
    lease_id_previous: str
    lease_status_next: None | str
    lease_status_next_raw: None | str
    lease_status_previous: None | str
    lease_status_previous_raw: None | str
    property_id: str
    resident_id: str
    resident_type: None | str
    resident_type_raw: None | str
    transfer_effective_date: None | str
    unit_id_next: None | str
    unit_id_previous: None | str
    updated_at: str
    x_id: str
    x_lease_id_next: str
    x_lease_id_previous: str
    x_lease_property_id_next: None | str
    x_lease_property_id_previous: None | str
    x_location_id: None | str
    x_property_id: str
    x_resident_id: str
    x_unit_id_next: None | str
    x_unit_id_previous: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        id = self.id

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        last_seen: None | str
        last_seen = self.last_seen

        lease_id_next = self.lease_id_next

        lease_id_previous = self.lease_id_previous

        lease_status_next: None | str
        lease_status_next = self.lease_status_next

        lease_status_next_raw: None | str
        lease_status_next_raw = self.lease_status_next_raw

        lease_status_previous: None | str
        lease_status_previous = self.lease_status_previous

        lease_status_previous_raw: None | str
        lease_status_previous_raw = self.lease_status_previous_raw

        property_id = self.property_id

        resident_id = self.resident_id

        resident_type: None | str
        resident_type = self.resident_type

        resident_type_raw: None | str
        resident_type_raw = self.resident_type_raw

        transfer_effective_date: None | str
        transfer_effective_date = self.transfer_effective_date

        unit_id_next: None | str
        unit_id_next = self.unit_id_next

        unit_id_previous: None | str
        unit_id_previous = self.unit_id_previous

        updated_at = self.updated_at

        x_id = self.x_id

        x_lease_id_next = self.x_lease_id_next

        x_lease_id_previous = self.x_lease_id_previous

        x_lease_property_id_next: None | str
        x_lease_property_id_next = self.x_lease_property_id_next

        x_lease_property_id_previous: None | str
        x_lease_property_id_previous = self.x_lease_property_id_previous

        x_location_id: None | str
        x_location_id = self.x_location_id

        x_property_id = self.x_property_id

        x_resident_id = self.x_resident_id

        x_unit_id_next: None | str
        x_unit_id_next = self.x_unit_id_next

        x_unit_id_previous: None | str
        x_unit_id_previous = self.x_unit_id_previous

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "last_seen": last_seen,
                "lease_id_next": lease_id_next,
                "lease_id_previous": lease_id_previous,
                "lease_status_next": lease_status_next,
                "lease_status_next_raw": lease_status_next_raw,
                "lease_status_previous": lease_status_previous,
                "lease_status_previous_raw": lease_status_previous_raw,
                "property_id": property_id,
                "resident_id": resident_id,
                "resident_type": resident_type,
                "resident_type_raw": resident_type_raw,
                "transfer_effective_date": transfer_effective_date,
                "unit_id_next": unit_id_next,
                "unit_id_previous": unit_id_previous,
                "updated_at": updated_at,
                "x_id": x_id,
                "x_lease_id_next": x_lease_id_next,
                "x_lease_id_previous": x_lease_id_previous,
                "x_lease_property_id_next": x_lease_property_id_next,
                "x_lease_property_id_previous": x_lease_property_id_previous,
                "x_location_id": x_location_id,
                "x_property_id": x_property_id,
                "x_resident_id": x_resident_id,
                "x_unit_id_next": x_unit_id_next,
                "x_unit_id_previous": x_unit_id_previous,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "LeaseTransfer"), "str")

            _field = "id"
            id = conform(pop_required(d, "id", "LeaseTransfer"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "LeaseTransfer"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "LeaseTransfer"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "LeaseTransfer"))

            _field = "lease_id_next"
            lease_id_next = conform(pop_required(d, "lease_id_next", "LeaseTransfer"), "str")

            _field = "lease_id_previous"
            lease_id_previous = conform(pop_required(d, "lease_id_previous", "LeaseTransfer"), "str")

            _field = "lease_status_next"

            def _parse_lease_status_next(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            lease_status_next = _parse_lease_status_next(pop_required(d, "lease_status_next", "LeaseTransfer"))

            _field = "lease_status_next_raw"

            def _parse_lease_status_next_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            lease_status_next_raw = _parse_lease_status_next_raw(
                pop_required(d, "lease_status_next_raw", "LeaseTransfer")
            )

            _field = "lease_status_previous"

            def _parse_lease_status_previous(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            lease_status_previous = _parse_lease_status_previous(
                pop_required(d, "lease_status_previous", "LeaseTransfer")
            )

            _field = "lease_status_previous_raw"

            def _parse_lease_status_previous_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            lease_status_previous_raw = _parse_lease_status_previous_raw(
                pop_required(d, "lease_status_previous_raw", "LeaseTransfer")
            )

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "LeaseTransfer"), "str")

            _field = "resident_id"
            resident_id = conform(pop_required(d, "resident_id", "LeaseTransfer"), "str")

            _field = "resident_type"

            def _parse_resident_type(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            resident_type = _parse_resident_type(pop_required(d, "resident_type", "LeaseTransfer"))

            _field = "resident_type_raw"

            def _parse_resident_type_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            resident_type_raw = _parse_resident_type_raw(pop_required(d, "resident_type_raw", "LeaseTransfer"))

            _field = "transfer_effective_date"

            def _parse_transfer_effective_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            transfer_effective_date = _parse_transfer_effective_date(
                pop_required(d, "transfer_effective_date", "LeaseTransfer")
            )

            _field = "unit_id_next"

            def _parse_unit_id_next(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            unit_id_next = _parse_unit_id_next(pop_required(d, "unit_id_next", "LeaseTransfer"))

            _field = "unit_id_previous"

            def _parse_unit_id_previous(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            unit_id_previous = _parse_unit_id_previous(pop_required(d, "unit_id_previous", "LeaseTransfer"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "LeaseTransfer"), "str")

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "LeaseTransfer"), "str")

            _field = "x_lease_id_next"
            x_lease_id_next = conform(pop_required(d, "x_lease_id_next", "LeaseTransfer"), "str")

            _field = "x_lease_id_previous"
            x_lease_id_previous = conform(pop_required(d, "x_lease_id_previous", "LeaseTransfer"), "str")

            _field = "x_lease_property_id_next"

            def _parse_x_lease_property_id_next(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_lease_property_id_next = _parse_x_lease_property_id_next(
                pop_required(d, "x_lease_property_id_next", "LeaseTransfer")
            )

            _field = "x_lease_property_id_previous"

            def _parse_x_lease_property_id_previous(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_lease_property_id_previous = _parse_x_lease_property_id_previous(
                pop_required(d, "x_lease_property_id_previous", "LeaseTransfer")
            )

            _field = "x_location_id"

            def _parse_x_location_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_location_id = _parse_x_location_id(pop_required(d, "x_location_id", "LeaseTransfer"))

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "LeaseTransfer"), "str")

            _field = "x_resident_id"
            x_resident_id = conform(pop_required(d, "x_resident_id", "LeaseTransfer"), "str")

            _field = "x_unit_id_next"

            def _parse_x_unit_id_next(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_unit_id_next = _parse_x_unit_id_next(pop_required(d, "x_unit_id_next", "LeaseTransfer"))

            _field = "x_unit_id_previous"

            def _parse_x_unit_id_previous(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_unit_id_previous = _parse_x_unit_id_previous(pop_required(d, "x_unit_id_previous", "LeaseTransfer"))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "LeaseTransfer", _field) from _failure
        _instance = cls(
            created_at=created_at,
            id=id,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            last_seen=last_seen,
            lease_id_next=lease_id_next,
            lease_id_previous=lease_id_previous,
            lease_status_next=lease_status_next,
            lease_status_next_raw=lease_status_next_raw,
            lease_status_previous=lease_status_previous,
            lease_status_previous_raw=lease_status_previous_raw,
            property_id=property_id,
            resident_id=resident_id,
            resident_type=resident_type,
            resident_type_raw=resident_type_raw,
            transfer_effective_date=transfer_effective_date,
            unit_id_next=unit_id_next,
            unit_id_previous=unit_id_previous,
            updated_at=updated_at,
            x_id=x_id,
            x_lease_id_next=x_lease_id_next,
            x_lease_id_previous=x_lease_id_previous,
            x_lease_property_id_next=x_lease_property_id_next,
            x_lease_property_id_previous=x_lease_property_id_previous,
            x_location_id=x_location_id,
            x_property_id=x_property_id,
            x_resident_id=x_resident_id,
            x_unit_id_next=x_unit_id_next,
            x_unit_id_previous=x_unit_id_previous,
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
