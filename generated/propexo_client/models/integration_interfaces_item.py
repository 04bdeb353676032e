from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.interface_name import InterfaceName, check_interface_name

T = TypeVar("T", bound="IntegrationInterfacesItem")


@_attrs_define
class IntegrationInterfacesItem:
    """
    Attributes:
        enabled (bool):
        interface_name (InterfaceName): One of 'REALPAGE_CREATE_LEAD', 'REALPAGE_CREATE_LEAD_EVENT',
            'REALPAGE_CREATE_RESIDENT_ACTIVITY_LOG', 'REALPAGE_CREATE_SERVICE_REQUEST', 'REALPAGE_UPDATE_APPLICANT',
            'REALPAGE_UPDATE_LEAD', 'REALPAGE_UPDATE_RESIDENT', 'REALPAGE_UPDATE_SERVICE_REQUEST',
            'REALPAGE_PROSPECT_MANAGEMENT_ALL_LEADS', 'REALPAGE_RESIDENTS_APPLICANT_GENERAL_INFO',
            'REALPAGE_PRICING_AND_AVAILABILITY_FLOOR_PLANS', 'REALPAGE_PROSPECT_MANAGEMENT_LEAD',
            'REALPAGE_PROSPECT_MANAGEMENT_LEAD_SOURCES', 'REALPAGE_PROSPECT_MANAGEMENT_PROPERTIES',
            'REALPAGE_RESIDENTS_RESIDENT_ACTIVITY_LOGS', 'REALPAGE_RESIDENTS_RESIDENT_ACTIVITY_TYPES',
            'REALPAGE_RESIDENTS_RESIDENT_GENERAL_INFO', 'REALPAGE_RESIDENTS_RESIDENT_LEASE',
            'REALPAGE_RESIDENTS_RESIDENT_LEDGER', 'REALPAGE_RESIDENTS_RESIDENT_LIST',
            'REALPAGE_FACILITIES_SERVICE_REQUESTS', 'REALPAGE_PROSPECT_MANAGEMENT_UNITS', 'REALPAGE_UNIT_UNIT_DETAILS',
            'REALPAGE_PRICING_AND_AVAILABILITY_RENT_MATRIX', 'REALPAGE_SDE_CONVERGENT_BILLING', 'REALPAGE_FACILITIES',
            'REALPAGE_PRICING_AND_AVAILABILITY', 'REALPAGE_PROSPECT_MANAGEMENT', 'REALPAGE_RESIDENTS', 'REALPAGE_UNIT',
            'REALPAGE_RPX_AMENITIES', 'REALPAGE_RPX_APPOINTMENTS', 'REALPAGE_RPX_APPOINTMENT_AVAILABILITY',
            'REALPAGE_RPX_CONCESSIONS', 'REALPAGE_RPX_CONVERGENT_BILLING_LEASES',
            'REALPAGE_RPX_CONVERGENT_BILLING_RESIDENTS', 'REALPAGE_RPX_CONVERGENT_BILLING_UNITS',
            'REALPAGE_RPX_CREATE_APPOINTMENT', 'REALPAGE_RPX_CREATE_LEAD', 'REALPAGE_RPX_CREATE_LEAD_EVENT' (and 199 more).
        version (None | str):
    """

    enabled: bool
    interface_name: InterfaceName
    version: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        interface_name: str = self.interface_name

        version: None | str
        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "interface_name": interface_name,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "enabled"
            enabled = conform(pop_required(d, "enabled", "IntegrationInterfacesItem"), "bool")

            _field = "interface_name"
            interface_name = check_interface_name(pop_required(d, "interface_name", "IntegrationInterfacesItem"))

            _field = "version"

            def _parse_version(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            version = _parse_version(pop_required(d, "version", "IntegrationInterfacesItem"))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "IntegrationInterfacesItem", _field) from _failure
        _instance = cls(
            enabled=enabled,
            interface_name=interface_name,
            version=version,
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
