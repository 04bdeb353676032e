from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enum_1 import Enum1, check_enum_1

T = TypeVar("T", bound="LeaseTransfer")


@_attrs_define
class LeaseTransfer:
    """
    Attributes:
        created_at (str):
        id (str):
        integration_id (str):
        integration_vendor (Enum1):
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
    integration_vendor: Enum1
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
        created_at = d.pop("created_at")

        id = d.pop("id")

        integration_id = d.pop("integration_id")

        integration_vendor = check_enum_1(d.pop("integration_vendor"))

        def _parse_last_seen(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_seen = _parse_last_seen(d.pop("last_seen"))

        lease_id_next = d.pop("lease_id_next")

        lease_id_previous = d.pop("lease_id_previous")

        def _parse_lease_status_next(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lease_status_next = _parse_lease_status_next(d.pop("lease_status_next"))

        def _parse_lease_status_next_raw(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lease_status_next_raw = _parse_lease_status_next_raw(d.pop("lease_status_next_raw"))

        def _parse_lease_status_previous(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lease_status_previous = _parse_lease_status_previous(d.pop("lease_status_previous"))

        def _parse_lease_status_previous_raw(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lease_status_previous_raw = _parse_lease_status_previous_raw(d.pop("lease_status_previous_raw"))

        property_id = d.pop("property_id")

        resident_id = d.pop("resident_id")

        def _parse_resident_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resident_type = _parse_resident_type(d.pop("resident_type"))

        def _parse_resident_type_raw(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resident_type_raw = _parse_resident_type_raw(d.pop("resident_type_raw"))

        def _parse_transfer_effective_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        transfer_effective_date = _parse_transfer_effective_date(d.pop("transfer_effective_date"))

        def _parse_unit_id_next(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit_id_next = _parse_unit_id_next(d.pop("unit_id_next"))

        def _parse_unit_id_previous(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit_id_previous = _parse_unit_id_previous(d.pop("unit_id_previous"))

        updated_at = d.pop("updated_at")

        x_id = d.pop("x_id")

        x_lease_id_next = d.pop("x_lease_id_next")

        x_lease_id_previous = d.pop("x_lease_id_previous")

        def _parse_x_lease_property_id_next(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        x_lease_property_id_next = _parse_x_lease_property_id_next(d.pop("x_lease_property_id_next"))

        def _parse_x_lease_property_id_previous(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        x_lease_property_id_previous = _parse_x_lease_property_id_previous(d.pop("x_lease_property_id_previous"))

        def _parse_x_location_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        x_location_id = _parse_x_location_id(d.pop("x_location_id"))

        x_property_id = d.pop("x_property_id")

        x_resident_id = d.pop("x_resident_id")

        def _parse_x_unit_id_next(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        x_unit_id_next = _parse_x_unit_id_next(d.pop("x_unit_id_next"))

        def _parse_x_unit_id_previous(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        x_unit_id_previous = _parse_x_unit_id_previous(d.pop("x_unit_id_previous"))

        lease_transfer = cls(
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

        lease_transfer.additional_properties = d
        return lease_transfer

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
