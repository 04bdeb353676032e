from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor

T = TypeVar("T", bound="AccountingEntity")


@_attrs_define
class AccountingEntity:
    """
    Attributes:
        created_at (str):
        current_period (None | str):
        entity_name (None | str):
        id (str):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        is_active (bool | None):
        last_seen (None | str):
        ledger_code (str):
        property_id (str):
        updated_at (str):
        x_id (str):
        x_property_id (str):
    """

    created_at: str
    current_period: None | str
    entity_name: None | str
    id: str
    integration_id: str
    integration_vendor: IntegrationVendor
    is_active: bool | None
    last_seen: None | str
    ledger_code: str
    property_id: str
    updated_at: str
    x_id: str
    x_property_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        current_period: None | str
        current_period = self.current_period

        entity_name: None | str
        entity_name = self.entity_name

        id = self.id

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        is_active: bool | None
        is_active = self.is_active

        last_seen: None | str
        last_seen = self.last_seen

        ledger_code = self.ledger_code

        property_id = self.property_id

        updated_at = self.updated_at

        x_id = self.x_id

        x_property_id = self.x_property_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "current_period": current_period,
                "entity_name": entity_name,
                "id": id,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "is_active": is_active,
                "last_seen": last_seen,
                "ledger_code": ledger_code,
                "property_id": property_id,
                "updated_at": updated_at,
                "x_id": x_id,
                "x_property_id": x_property_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "AccountingEntity"), "str")

            _field = "current_period"

            def _parse_current_period(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            current_period = _parse_current_period(pop_required(d, "current_period", "AccountingEntity"))

            _field = "entity_name"

            def _parse_entity_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            entity_name = _parse_entity_name(pop_required(d, "entity_name", "AccountingEntity"))

            _field = "id"
            id = conform(pop_required(d, "id", "AccountingEntity"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "AccountingEntity"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "AccountingEntity"))

            _field = "is_active"

            def _parse_is_active(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_active = _parse_is_active(pop_required(d, "is_active", "AccountingEntity"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "AccountingEntity"))

            _field = "ledger_code"
            ledger_code = conform(pop_required(d, "ledger_code", "AccountingEntity"), "str")

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "AccountingEntity"), "str")

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "AccountingEntity"), "str")

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "AccountingEntity"), "str")

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "AccountingEntity"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "AccountingEntity", _field) from _failure
        _instance = cls(
            created_at=created_at,
            current_period=current_period,
            entity_name=entity_name,
            id=id,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            is_active=is_active,
            last_seen=last_seen,
            ledger_code=ledger_code,
            property_id=property_id,
            updated_at=updated_at,
            x_id=x_id,
            x_property_id=x_property_id,
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
