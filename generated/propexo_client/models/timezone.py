from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor

T = TypeVar("T", bound="Timezone")


@_attrs_define
class Timezone:
    """
    Attributes:
        created_at (str):
        id (str):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        is_active (bool | None):
        last_seen (None | str):
        observes_daylight_savings (bool | None):
        offset (None | str): Pattern: `^[-+]\\d{2}:\\d{2}$`.
        property_id (str):
        server_time_error_seconds (float | None):
        updated_at (str):
        x_id (str):
        x_location_id (None | str):
        x_property_id (str):
    """

    created_at: str
    id: str
    integration_id: str
    integration_vendor: IntegrationVendor
    is_active: bool | None
    last_seen: None | str
    observes_daylight_savings: bool | None
    offset: None | str
    property_id: str
    server_time_error_seconds: float | None
    updated_at: str
    x_id: str
    x_location_id: None | str
    x_property_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        id = self.id

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        is_active: bool | None
        is_active = self.is_active

        last_seen: None | str
        last_seen = self.last_seen

        observes_daylight_savings: bool | None
        observes_daylight_savings = self.observes_daylight_savings

        offset: None | str
        offset = self.offset

        property_id = self.property_id

        server_time_error_seconds: float | None
        server_time_error_seconds = self.server_time_error_seconds

        updated_at = self.updated_at

        x_id = self.x_id

        x_location_id: None | str
        x_location_id = self.x_location_id

        x_property_id = self.x_property_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "is_active": is_active,
                "last_seen": last_seen,
                "observes_daylight_savings": observes_daylight_savings,
                "offset": offset,
                "property_id": property_id,
                "server_time_error_seconds": server_time_error_seconds,
                "updated_at": updated_at,
                "x_id": x_id,
                "x_location_id": x_location_id,
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
            created_at = conform(pop_required(d, "created_at", "Timezone"), "str")

            _field = "id"
            id = conform(pop_required(d, "id", "Timezone"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "Timezone"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "Timezone"))

            _field = "is_active"

            def _parse_is_active(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_active = _parse_is_active(pop_required(d, "is_active", "Timezone"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "Timezone"))

            _field = "observes_daylight_savings"

            def _parse_observes_daylight_savings(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            observes_daylight_savings = _parse_observes_daylight_savings(
                pop_required(d, "observes_daylight_savings", "Timezone")
            )

            _field = "offset"

            def _parse_offset(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            offset = _parse_offset(pop_required(d, "offset", "Timezone"))

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "Timezone"), "str")

            _field = "server_time_error_seconds"

            def _parse_server_time_error_seconds(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            server_time_error_seconds = _parse_server_time_error_seconds(
                pop_required(d, "server_time_error_seconds", "Timezone")
            )

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "Timezone"), "str")

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "Timezone"), "str")

            _field = "x_location_id"

            def _parse_x_location_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_location_id = _parse_x_location_id(pop_required(d, "x_location_id", "Timezone"))

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "Timezone"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "Timezone", _field) from _failure
        _instance = cls(
            created_at=created_at,
            id=id,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            is_active=is_active,
            last_seen=last_seen,
            observes_daylight_savings=observes_daylight_savings,
            offset=offset,
            property_id=property_id,
            server_time_error_seconds=server_time_error_seconds,
            updated_at=updated_at,
            x_id=x_id,
            x_location_id=x_location_id,
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
